package org.carecommunities.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error pages for failures outside JAX-RS (a missing static file, an error in a filter), mapped in web.xml.
 * Renders the same pages as {@link ErrorMapper}, for any method.
 */
public class ErrorPageServlet extends HttpServlet {

    @Inject
    Renderer renderer;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // reached directly rather than by an error dispatch: there is no such page
        int status = code instanceof Integer i ? i : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        renderer.renderError(status, null, uri == null ? request.getRequestURI() : uri.toString(), cause,
                request, response);
    }
}
