package org.carecommunities.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.platform.AccountSlot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Fills the header's sign-in slot: "Sign in", or the person's name with "Sign out". */
@RequestScoped
public class HeaderAccount implements AccountSlot {

    @Inject
    CurrentMember current;

    @Override
    public Account account(String currentPath) {
        String returnTo = ReturnPath.safe(currentPath);
        String signIn = "/login?next=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
        String name = current.isSignedIn() ? nonBlank(current.displayName(), "Your account") : null;
        return new Account(name, signIn, AccountResource.ACCOUNT, "/logout", returnTo);
    }

    private static String nonBlank(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
