package org.carecommunities.platform.web;

import gg.jte.output.Utf8ByteOutput;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes the {@link View}s that resources return as HTML, page or fragment, always with {@code Vary}. */
@Provider
@Produces({MediaType.TEXT_HTML, MediaType.WILDCARD})
public class ViewWriter implements MessageBodyWriter<View> {

    @Inject
    Renderer renderer;

    @Context
    HttpServletRequest request;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(View view, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entityStream) throws IOException {
        Utf8ByteOutput out = renderer.render(view, request);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, out.getContentLength());
        headers.putSingle(HttpHeaders.VARY, Htmx.VARY);
        // a page for someone signed in (anyone with a session) is theirs alone: kept by no cache, not even theirs
        headers.putSingle(HttpHeaders.CACHE_CONTROL,
                request.getSession(false) != null ? "no-store" : "private, no-cache");
        out.writeTo(entityStream);
    }
}
