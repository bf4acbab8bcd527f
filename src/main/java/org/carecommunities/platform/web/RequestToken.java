package org.carecommunities.platform.web;

import java.util.function.Supplier;

/**
 * A request's CSRF token: the one its cookie carries, or one issued for it. An issued token is made and sent as a
 * cookie only once something rendered for the request uses it (a form, or the page of someone signed in), so a
 * page without a form sets no cookie and a shared cache may keep it.
 */
public final class RequestToken {

    private final String fromCookie;
    private final Supplier<String> issue;
    private final String cookieName;
    private final boolean secure;
    private String issued;
    private boolean rendered;

    private RequestToken(String fromCookie, Supplier<String> issue, String cookieName, boolean secure) {
        this.fromCookie = fromCookie;
        this.issue = issue;
        this.cookieName = cookieName;
        this.secure = secure;
    }

    static RequestToken ofCookie(String cookie) {
        return new RequestToken(cookie, null, null, false);
    }

    /** A token to issue on first use, sent in the cookie of that name (Secure where the site is https). */
    static RequestToken toIssue(Supplier<String> issue, String cookieName, boolean secure) {
        return new RequestToken(null, issue, cookieName, secure);
    }

    /** The token, for a form or a header: issued on first use when the request brought none. */
    String use() {
        rendered = true;
        if (fromCookie != null) {
            return fromCookie;
        }
        if (issued == null) {
            issued = issue.get();
        }
        return issued;
    }

    /**
     * Whether anything rendered so far holds the token: then the response is one person's alone, and no shared
     * cache may keep it.
     */
    boolean rendered() {
        return rendered;
    }

    /** The {@code Set-Cookie} value for a token issued for this response; null if none was. */
    String cookie() {
        return issued == null ? null : cookieName + "=" + issued + "; Path=/; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }
}
