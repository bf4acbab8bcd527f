package org.carecommunities.platform;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Paths on this site that came from a request (a {@code next=} or {@code returnTo=} field): only a path here,
 * never another site, and only one that is a well-formed URI, so a crafted or mistyped value cannot bounce people
 * elsewhere or fail the request.
 */
public final class SitePath {

    private SitePath() {
    }

    /** Whether the text is a path on this site that can be redirected to as it is. */
    public static boolean isSafe(String path) {
        if (path == null || path.isBlank() || !path.startsWith("/") || path.startsWith("//")
                || path.contains("\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The path as a URI when it is safe, otherwise the fallback (a path the caller knows is). */
    public static URI uri(String path, String fallback) {
        return URI.create(isSafe(path) ? path : fallback);
    }
}
