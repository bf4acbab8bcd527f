package org.carecommunities.platform.web;

import org.carecommunities.platform.Text;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The second half of {@link CsrfFilter} for a form posted without JavaScript: its token is a field of the body,
 * which the servlet filter leaves unread. Read there as the servlet's parameters, the body was gone for a resource
 * that takes the form whole ({@code MultivaluedMap}): it found every field empty. Before any resource is chosen,
 * this compares the {@value CsrfFilter#FIELD} parameter with the cookie the servlet filter found valid and gives
 * the resource the body again, made from the parameters; a missing or wrong token is refused with the same 403.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CsrfFormCheck implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext in) {
        Object cookie = request.getAttribute(CsrfFilter.FORM_CHECK);
        if (cookie == null) {
            return;
        }
        // the servlet reads the body as its parameters (a resource's @FormParam finds them there), and the body is
        // made again from them for a resource that reads the form whole
        String sent = request.getParameter(CsrfFilter.FIELD);
        in.setEntityStream(new ByteArrayInputStream(bodyOf(request.getParameterMap(), request.getQueryString())));
        if (!CsrfFilter.matches(cookie.toString(), sent)) {
            in.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(Failures.view(403, CsrfFilter.refusal(), in.getMethod(), request.getRequestURI(), null))
                    .build());
        }
    }

    /**
     * A form's body ({@code application/x-www-form-urlencoded}, UTF-8) made again from the servlet's parameters:
     * each name's values less those its query gave, which the servlet puts first.
     */
    static byte[] bodyOf(Map<String, String[]> parameters, String query) {
        Map<String, Integer> inQuery = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    int equals = pair.indexOf('=');
                    inQuery.merge(decode(equals < 0 ? pair : pair.substring(0, equals)), 1, Integer::sum);
                }
            }
        }
        StringJoiner body = new StringJoiner("&");
        parameters.forEach((name, values) -> {
            for (int i = inQuery.getOrDefault(name, 0); i < values.length; i++) {
                body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(values[i], StandardCharsets.UTF_8));
            }
        });
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return part;
        }
    }
}
