package org.carecommunities.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers someone signed out from the pages kept for everyone ({@link SharedPages}) before any resource runs: 304
 * when they name the kept page's tag, else the kept page itself. A request that says {@code Cache-Control: no-cache}
 * has its page rendered again, as RFC 9111 asks of a cache.
 */
@Provider
public class SharedPagesFirst implements ContainerRequestFilter {

    @Inject
    SharedPages pages;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext in) {
        pages.begun(request);
        if (!RenderedViews.reading(in) || request.getSession(false) != null || refreshing(in)) {
            return;
        }
        SharedPages.Page page = pages.fresh(request);
        if (page == null) {
            return;
        }
        if (RenderedViews.matches(in.getHeaderString(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            in.abortWith(Response.notModified().header(HttpHeaders.ETAG, page.etag())
                    .header(HttpHeaders.CACHE_CONTROL, RenderedViews.SHARED)
                    .header(HttpHeaders.VARY, RenderedViews.SHARED_VARY).build());
        } else {
            boolean gzip = acceptsGzip(in);
            Response.ResponseBuilder kept = Response.ok(gzip ? page.gzipped() : page.html());
            page.headers().forEach((name, values) -> values.forEach(value -> kept.header(name, value)));
            if (gzip) {
                // compressed already: the server's own compression leaves an answer with an encoding alone
                kept.header(HttpHeaders.CONTENT_ENCODING, "gzip").header(HttpHeaders.VARY, null)
                        .header(HttpHeaders.VARY, RenderedViews.SHARED_VARY + ", " + HttpHeaders.ACCEPT_ENCODING);
            }
            in.abortWith(kept.build());
        }
    }

    /** Whether the asker takes gzip (named, and not with {@code q=0}). */
    static boolean acceptsGzip(ContainerRequestContext in) {
        String accepted = in.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static boolean refreshing(ContainerRequestContext in) {
        String asked = in.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return asked != null && asked.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }
}
