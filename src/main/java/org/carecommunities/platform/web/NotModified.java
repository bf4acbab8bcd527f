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
 * Answers 304 before any resource runs when someone signed out asks again for a page with the tag it had when it
 * was last rendered for everyone, while {@link PageTags} still trusts that tag: a browser's revalidation of a page
 * costs a lookup, not a rendering.
 */
@Provider
public class NotModified implements ContainerRequestFilter {

    @Inject
    PageTags tags;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext in) {
        String asked = in.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (asked == null || !RenderedViews.reading(in) || request.getSession(false) != null) {
            return;
        }
        String etag = tags.trusted(request);
        if (etag != null && RenderedViews.matches(asked, etag)) {
            in.abortWith(Response.status(Response.Status.NOT_MODIFIED).header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, RenderedViews.SHARED)
                    .header(HttpHeaders.VARY, RenderedViews.SHARED_VARY).build());
        }
    }
}
