package org.carecommunities.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form post ({@code application/x-www-form-urlencoded}) whose body a filter had to read (the CSRF token of a form
 * sent without JavaScript is a field of it), given whole to whatever reads it next: its body again from the start,
 * and its parameters (the address's, then the body's) from what was read. Without this the servlet container's
 * parameters consume the body, and a resource that reads the form as a whole ({@code MultivaluedMap}) finds it
 * empty.
 */
final class ReadForm extends HttpServletRequestWrapper {

    /** Larger forms than any of the portal's (an agreement with many long clauses is well under it). */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private final byte[] body;
    private final Charset charset;
    private final Map<String, String[]> parameters;

    private ReadForm(HttpServletRequest request, byte[] body, Charset charset) {
        super(request);
        this.body = body;
        this.charset = charset;
        Map<String, List<String>> all = new LinkedHashMap<>();
        decode(request.getQueryString(), charset, all);
        decode(new String(body, charset), charset, all);
        Map<String, String[]> arrays = new LinkedHashMap<>();
        all.forEach((name, values) -> arrays.put(name, values.toArray(String[]::new)));
        this.parameters = Collections.unmodifiableMap(arrays);
    }

    /** Whether the request is a form post whose body is URL-encoded fields. */
    static boolean applies(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The form read whole; empty when it is larger than {@link #MAX_BYTES}. */
    static Optional<ReadForm> read(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            return Optional.empty();
        }
        Charset charset = StandardCharsets.UTF_8;
        if (request.getCharacterEncoding() != null && Charset.isSupported(request.getCharacterEncoding())) {
            charset = Charset.forName(request.getCharacterEncoding());
        }
        return Optional.of(new ReadForm(request, body, charset));
    }

    private static void decode(String encoded, Charset charset, Map<String, List<String>> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                into.computeIfAbsent(URLDecoder.decode(name, charset), k -> new ArrayList<>())
                        .add(URLDecoder.decode(value, charset));
            } catch (IllegalArgumentException malformed) {
                // a broken escape is left out, as a browser never sends one
            }
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        return replay(body);
    }

    /** A request body to read from the start, as the container gives one. */
    static ServletInputStream replay(byte[] body) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("The form was read already: read it as a stream");
            }

            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return bytes.read(b, off, len);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }
}
