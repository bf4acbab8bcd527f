package org.carecommunities.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.carecommunities.platform.Htmx;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tags of the pages lately given to everyone signed out, so that someone asking again with the tag they hold
 * is answered 304 without the page being rendered again ({@link NotModified}). A tag is trusted for
 * {@value #TRUSTED_SECONDS} seconds after the page was last rendered: a page changed since then is seen that
 * much later by a browser that asks again, as it would be through a shared cache (which may keep the page for
 * {@value RenderedViews#SHARED_SECONDS}). Each server keeps its own, at most {@value #MOST} pages.
 */
@ApplicationScoped
public class PageTags {

    static final int TRUSTED_SECONDS = 10;
    static final int MOST = 20_000;
    private static final long TRUSTED_NANOS = TRUSTED_SECONDS * 1_000_000_000L;

    private final Map<String, Tag> tags = new ConcurrentHashMap<>();

    /** Remembers the tag of a page just rendered for everyone signed out. */
    void rendered(HttpServletRequest request, String etag) {
        if (tags.size() >= MOST) {
            tags.clear();
        }
        tags.put(key(request), new Tag(etag, System.nanoTime()));
    }

    /** The page's tag, if it was rendered lately enough to be trusted; null otherwise. */
    String trusted(HttpServletRequest request) {
        Tag tag = tags.get(key(request));
        return tag == null || System.nanoTime() - tag.at() > TRUSTED_NANOS ? null : tag.etag();
    }

    /** A page is its address with its query, and the part htmx asks for (as the response's Vary says). */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query) + '\n'
                + request.getHeader(Htmx.REQUEST) + '\n' + request.getHeader(Htmx.TARGET) + '\n'
                + request.getHeader(Htmx.HISTORY_RESTORE);
    }

    private record Tag(String etag, long at) {
    }
}
