package org.carecommunities.identity.web;

import org.carecommunities.identity.SignInLinks;
import org.carecommunities.platform.SitePath;

/**
 * Where to send someone after signing in or out: only a path on this site, so that a crafted link cannot
 * bounce people to another site through the portal.
 */
final class ReturnPath {

    private ReturnPath() {
    }

    static String safe(String next) {
        if (!SitePath.isSafe(next) || next.startsWith(SignInResource.CALLBACK) || next.startsWith(SignInLinks.SIGN_IN)
                || next.startsWith(SignInLinks.SIGN_OUT)) {
            return "/";
        }
        return next;
    }
}
