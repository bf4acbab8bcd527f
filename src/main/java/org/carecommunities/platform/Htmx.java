package org.carecommunities.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * What kind of request this is (a normal browser request, or htmx asking for part of a page) and the
 * responses that differ between the two: a form with errors, and a form that succeeded.
 */
@RequestScoped
public class Htmx {

    public static final String REQUEST = "HX-Request";
    public static final String HISTORY_RESTORE = "HX-History-Restore-Request";
    public static final String TARGET = "HX-Target";
    public static final String PUSH_URL = "HX-Push-Url";
    public static final String REDIRECT = "HX-Redirect";
    public static final String REFRESH = "HX-Refresh";
    /** The address the page making an htmx request is at. */
    public static final String CURRENT_URL = "HX-Current-URL";
    /**
     * Sent by requests the page makes by itself (polling for live replies): they are not the person doing
     * anything, so they do not keep a sign-in alive.
     */
    public static final String BACKGROUND = "X-Background";
    /** Rendering differs by this request header, so caches must key on it. */
    public static final String VARY = "HX-Request";

    @Inject
    HttpServletRequest request;

    /** True when htmx asked for a fragment (a history restore after a cache miss needs the whole page). */
    public boolean wantsFragment() {
        return wantsFragment(request);
    }

    /** Whether the page sent this request by itself rather than because the person did something. */
    public static boolean isBackground(HttpServletRequest request) {
        return request.getHeader(BACKGROUND) != null;
    }

    public static boolean wantsFragment(HttpServletRequest request) {
        return "true".equals(request.getHeader(REQUEST)) && !"true".equals(request.getHeader(HISTORY_RESTORE));
    }

    /**
     * Go to another page as a whole: 303 for a plain browser; for htmx, which would otherwise swap the new page
     * into part of this one, an {@code HX-Redirect}.
     */
    public Response redirect(URI location) {
        return redirect(request, location);
    }

    public static Response redirect(HttpServletRequest request, URI location) {
        if (wantsFragment(request)) {
            Response.ResponseBuilder answer = Response.noContent().header(REDIRECT, location.toString());
            if (samePage(request.getHeader(CURRENT_URL), location)) {
                // the same page at another anchor: setting the address alone would only scroll, not reload it
                answer.header(REFRESH, "true");
            }
            return answer.build();
        }
        return Response.seeOther(location).header("Cache-Control", "no-store").build();
    }

    /** A form with errors: 422 to htmx (so it swaps the form in place), 400 to a plain browser. */
    public Response invalid(View form) {
        return Response.status(wantsFragment() ? 422 : 400).entity(form).build();
    }

    /**
     * A form that worked. A plain browser gets 303 to the resulting page (so reload does not resubmit);
     * htmx gets that page's content at once and the address bar updated to it.
     */
    public Response seeOther(URI location, View result) {
        if (wantsFragment()) {
            return Response.ok(result).header(PUSH_URL, location.toString()).build();
        }
        return Response.seeOther(location).build();
    }

    /**
     * Whether {@code location} is the page at {@code currentUrl} (an absolute address, as htmx sends it) with an
     * anchor: going there changes only the fragment, which a browser scrolls to without loading anything.
     */
    static boolean samePage(String currentUrl, URI location) {
        if (currentUrl == null || location.getRawFragment() == null) {
            return false;
        }
        try {
            URI current = URI.create(currentUrl);
            return java.util.Objects.equals(current.getRawPath(), location.getRawPath())
                    && java.util.Objects.equals(current.getRawQuery(), location.getRawQuery());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
