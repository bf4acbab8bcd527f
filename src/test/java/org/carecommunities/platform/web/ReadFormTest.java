package org.carecommunities.platform.web;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadFormTest {

    /** A form post as the container gives it: its body once, as a stream. */
    private static HttpServletRequest post(String contentType, String query, byte[] body) {
        ServletInputStream stream = ReadForm.replay(body);
        return (HttpServletRequest) Proxy.newProxyInstance(ReadFormTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentType" -> contentType;
                    case "getQueryString" -> query;
                    case "getInputStream" -> stream;
                    case "getCharacterEncoding" -> null;
                    default -> null;
                });
    }

    @Test
    void theFieldsAreReadAndTheBodyIsGivenAgainWhole() throws IOException {
        String body = "_csrf=abc.def&name=Soup+%26+a+chat&categories=food&categories=older-people&note=caf%C3%A9&empty=";
        ReadForm form = ReadForm.read(post("application/x-www-form-urlencoded; charset=UTF-8", "from=group",
                body.getBytes(StandardCharsets.US_ASCII))).orElseThrow();
        assertEquals("abc.def", form.getParameter("_csrf"));
        assertEquals("Soup & a chat", form.getParameter("name"));
        assertArrayEquals(new String[] {"food", "older-people"}, form.getParameterValues("categories"));
        assertEquals("café", form.getParameter("note"));
        assertEquals("", form.getParameter("empty"));
        assertEquals("group", form.getParameter("from"), "the address's parameters too");
        assertNull(form.getParameter("missing"));
        assertEquals(List.of("from", "_csrf", "name", "categories", "note", "empty"),
                java.util.Collections.list(form.getParameterNames()));
        assertEquals(body, new String(form.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
        assertEquals(body, form.getReader().readLine(), "again, as text");
    }

    @Test
    void aBrokenEscapeIsLeftOutAndAnOversizedFormIsNotRead() throws IOException {
        ReadForm form = ReadForm.read(post("application/x-www-form-urlencoded", null,
                "a=%zz&b=2".getBytes(StandardCharsets.US_ASCII))).orElseThrow();
        assertNull(form.getParameter("a"));
        assertEquals("2", form.getParameter("b"));
        assertTrue(ReadForm.read(post("application/x-www-form-urlencoded", null,
                new byte[ReadForm.MAX_BYTES + 1])).isEmpty());
        assertTrue(ReadForm.applies(post("Application/X-WWW-Form-Urlencoded;charset=utf-8", null, new byte[0])));
        assertFalse(ReadForm.applies(post("multipart/form-data; boundary=x", null, new byte[0])));
        assertFalse(ReadForm.applies(post(null, null, new byte[0])));
    }
}
