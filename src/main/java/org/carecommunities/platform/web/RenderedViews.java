package org.carecommunities.platform.web;

import gg.jte.output.Utf8ByteOutput;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Renders the {@link View}s that resources return as HTML, page or fragment, and says who may keep them:
 * <ul>
 * <li>a page for someone signed in (anyone with a session) is theirs alone: {@code no-store};</li>
 * <li>a page holding a CSRF token (it has a form) is one person's too: {@code private, no-cache}, with the
 * token's cookie if it was issued for this response;</li>
 * <li>any other page is the same for everyone who is not signed in: a shared cache may keep it for
 * {@value #SHARED_SECONDS} seconds, a browser asks again each time, and a request that names the page's
 * {@code ETag} (a hash of what it says) is answered 304 with no body. Such pages are kept for a short time
 * ({@link SharedPages}), and the next request for one answered from there without rendering it
 * ({@link SharedPagesFirst}).</li>
 * </ul>
 */
@Provider
public class RenderedViews implements ContainerResponseFilter {

    static final int SHARED_SECONDS = 30;
    static final String SHARED = "public, max-age=0, s-maxage=" + SHARED_SECONDS;
    /**
     * A shared cache keeps each part of a page apart, and never gives a page made for no one to someone who brings
     * a session's cookie.
     */
    static final String SHARED_VARY = Htmx.VARY + ", " + Htmx.TARGET + ", Cookie, Accept-Language";
    /** Every page is in the language the cookie or {@code Accept-Language} chose ({@link LanguageFilter}). */
    static final String PAGE_VARY = Htmx.VARY + ", Cookie, Accept-Language";
    private static final MediaType HTML = new MediaType("text", "html", "UTF-8");
    private static final String HTML_TYPE = "text/html;charset=UTF-8";

    @Inject
    Renderer renderer;

    @Inject
    SharedPages pages;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext in, ContainerResponseContext out) {
        if (!(out.getEntity() instanceof View view)) {
            return;
        }
        byte[] html = bytes(renderer.render(view, request));
        MultivaluedMap<String, Object> headers = out.getHeaders();
        String cookie = CsrfFilter.cookieFor(request);
        if (cookie != null) {
            headers.add(HttpHeaders.SET_COOKIE, cookie);
        }
        boolean signedIn = request.getSession(false) != null;
        boolean shared = !signedIn && !CsrfFilter.token(request).rendered() && out.getStatus() == 200
                && reading(in);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, signedIn ? "no-store" : shared ? SHARED : "private, no-cache");
        headers.putSingle(HttpHeaders.VARY, shared ? SHARED_VARY : PAGE_VARY);
        if (shared) {
            String etag = etag(html);
            headers.putSingle(HttpHeaders.ETAG, etag);
            headers.putSingle(HttpHeaders.CONTENT_TYPE, HTML_TYPE);
            pages.rendered(request, etag, headers, html);
            if (matches(in.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
                out.setStatus(304);
                out.setEntity(null);
                return;
            }
        }
        out.setEntity(html, out.getEntityAnnotations(), HTML);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, HTML_TYPE);
    }

    private static byte[] bytes(Utf8ByteOutput html) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(html.getContentLength());
        try {
            html.writeTo(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /**
     * The page's tag: the first 128 bits of its SHA-256, quoted, and weak, because the server may send the same page
     * compressed or not (a strong tag would promise the same bytes).
     */
    static String etag(byte[] html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html);
            return "W/\"" + HexFormat.of().formatHex(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the request only reads a page (GET or HEAD): the only ones a page's tag may answer. */
    static boolean reading(ContainerRequestContext in) {
        return "GET".equals(in.getMethod()) || "HEAD".equals(in.getMethod());
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Whether {@code If-None-Match} names this tag (weakly compared, as RFC 9110 has it for GET), or is "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String ours = opaque(etag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(RenderedViews::opaque)
                .anyMatch(tag -> tag.equals("*") || tag.equals(ours));
    }
}
