package org.carecommunities.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;

/**
 * Serves the WAR's static files and the webjars' {@code META-INF/resources}. Needed because the JAX-RS
 * application at {@code /} takes {@code /*}; these longer mappings win over it.
 *
 * <p>Versioned URLs ({@code /static/v-<version>/...} and webjars, whose path names the version) are cached for
 * a year as immutable; anything else revalidates with its ETag.
 */
@WebServlet(urlPatterns = {"/static/*", "/webjars/*"})
public class StaticFiles extends HttpServlet {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "public, max-age=3600, must-revalidate";

    @Inject
    Renderer renderer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean immutable = path.startsWith("/webjars/");
        String versioned = Assets.PREFIX + Assets.VERSION_MARK + renderer.assets().version() + "/";
        if (path.startsWith(versioned)) {
            path = Assets.PREFIX + path.substring(versioned.length());
            immutable = true;
        }
        URL url = path.contains("..") || path.endsWith("/") || path.contains("/WEB-INF")
                ? null : getServletContext().getResource(path);
        if (url == null) {
            // rendered here rather than by sendError: Liberty's error dispatch hangs an h2c (HTTP/2) response
            renderer.renderError(HttpServletResponse.SC_NOT_FOUND, null, request.getRequestURI(), null,
                    request, response);
            return;
        }
        URLConnection connection = url.openConnection();
        String etag = "\"" + Long.toHexString(connection.getContentLengthLong()) + "-"
                + Long.toHexString(connection.getLastModified()) + "\"";
        response.setContentType(contentType(path));
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", immutable ? IMMUTABLE : REVALIDATE);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        try (InputStream in = connection.getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private String contentType(String path) {
        // Liberty labels .js application/x-javascript, which its compression skips
        if (path.endsWith(".js") || path.endsWith(".mjs")) {
            return "text/javascript;charset=UTF-8";
        }
        if (path.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        String type = getServletContext().getMimeType(path);
        return type == null ? "application/octet-stream" : type;
    }
}
