package org.carecommunities.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The identity module's public links: signing in and coming back to a page afterwards, signing out. */
public final class SignInLinks {

    public static final String SIGN_IN = "/login";
    public static final String SIGN_OUT = "/logout";
    public static final String ACCOUNT = "/account";

    private SignInLinks() {
    }

    /** Sign in, then come back to {@code returnTo} (a path on this site; anything else returns home). */
    public static String signIn(String returnTo) {
        return SIGN_IN + "?next=" + URLEncoder.encode(returnTo == null ? "/" : returnTo, StandardCharsets.UTF_8);
    }
}
