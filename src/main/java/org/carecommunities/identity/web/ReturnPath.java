package org.carecommunities.identity.web;

/**
 * Where to send someone after signing in or out: only a path on this site, so that a crafted link cannot
 * bounce people to another site through the portal.
 */
final class ReturnPath {

    private ReturnPath() {
    }

    static String safe(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || next.startsWith(SignInResource.CALLBACK) || next.startsWith("/login") || next.startsWith("/logout")) {
            return "/";
        }
        return next;
    }
}
