package org.carecommunities.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.Refused;

/**
 * Every exception that leaves a resource becomes an error page (or fragment) with the right status: unknown
 * paths 404, wrong methods 405 with {@code Allow}, a {@link Refused} its refusal's status and message, anything
 * unexpected 500. No stack trace,
 * SQL or exception text reaches the response.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof Refused refused) {
            return refusal(refused.refusal());
        }
        int status = 500;
        if (failure instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
            if (status < 400) {
                return web.getResponse();
            }
        }
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Failures.view(status, null, request.getMethod(), request.getRequestURI(),
                        status >= 500 ? failure : null));
        if (failure instanceof NotAllowedException notAllowed) {
            response.header(HttpHeaders.ALLOW, notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }

    /** A refusal as an error page: its status, its message as the explanation, its headers. */
    private Response refusal(Refusal refusal) {
        int status = refusal.status(Htmx.wantsFragment(request));
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Failures.view(status, refusal.message(), request.getMethod(), request.getRequestURI(), null));
        refusal.headers().forEach(response::header);
        return response.build();
    }
}
