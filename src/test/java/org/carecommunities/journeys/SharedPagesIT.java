package org.carecommunities.journeys;

import org.carecommunities.platform.web.QueryCountHeader;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page for everyone signed out is kept for a moment and given again without being rendered (the test server
 * counts each answer's SQL statements): until anything is written, never to someone signed in, and rendered again
 * for whoever asks with {@code Cache-Control: no-cache}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharedPagesIT {

    private static final String FORUM = "/forums/kingsmead-general";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(SharedPagesIT.class);
    }

    @ArquillianResource
    URL base;

    private static int queries(HttpResponse<String> page) {
        return queries(page.headers());
    }

    private static int queries(java.net.http.HttpHeaders headers) {
        return Integer.parseInt(headers.firstValue(QueryCountHeader.HEADER).orElseThrow());
    }

    private static String gunzip(byte[] body) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError("not gzip, or gzip twice", e);
        }
    }

    /**
     * Waits until what the deployment writes as it starts (posts' HTML, the services' index) has landed: the page is
     * kept twice running. A write landing between a test's requests would have it rendered again, and the test fail.
     */
    private void settled(Http reader) {
        int keptRunning = 0;
        for (int i = 0; i < 80 && keptRunning < 2; i++) {
            keptRunning = queries(reader.get(FORUM)) == 0 ? keptRunning + 1 : 0;
        }
    }

    @Test
    void aPageForEveryoneIsGivenAgainUntilSomethingIsWritten() {
        Http reader = new Http(base);
        settled(reader);
        HttpResponse<String> rendered = reader.get(FORUM, "Cache-Control", "no-cache");
        assertEquals(200, rendered.statusCode());
        assertTrue(queries(rendered) > 0, "rendered when asked with no-cache");
        String etag = rendered.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> kept = reader.get(FORUM);
        assertEquals(200, kept.statusCode());
        assertEquals(0, queries(kept), "the kept page, not rendered again");
        assertEquals(rendered.body(), kept.body());
        assertEquals(etag, kept.headers().firstValue("ETag").orElseThrow());
        assertEquals(rendered.headers().firstValue("Cache-Control"), kept.headers().firstValue("Cache-Control"));
        assertEquals(rendered.headers().firstValue("Content-Type"), kept.headers().firstValue("Content-Type"));
        assertTrue(kept.headers().allValues("Set-Cookie").isEmpty(), "no cookie with a page for everyone");
        HttpResponse<String> fragment = reader.get(FORUM, "HX-Request", "true", "HX-Target", "forum-threads");
        assertFalse(fragment.body().contains("<html"), "htmx's part of the page is kept apart from the page");

        HttpResponse<byte[]> compressed = reader.bytes(FORUM, "Accept-Encoding", "gzip");
        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(compressed.headers().firstValue("Vary").orElseThrow().contains("Accept-Encoding"));
        assertEquals(0, queries(compressed.headers()), "kept compressed too");
        assertEquals(rendered.body(), gunzip(compressed.body()), "compressed once, not twice");

        HttpResponse<String> revalidated = reader.get(FORUM, "If-None-Match", etag);
        assertEquals(304, revalidated.statusCode());
        assertEquals(0, queries(revalidated));

        HttpResponse<String> again = reader.get(FORUM, "Cache-Control", "no-cache");
        assertTrue(queries(again) > 0, "no-cache renders it again");

        Http suggester = new Http(base);
        String path = "/neighbourhoods/kingsmead/suggest-organisation";
        String token = suggester.csrfToken(path);
        assertEquals(303, suggester.post(path, Http.form("_csrf", token, "name", "Kingsmead Kites",
                "kind", "voluntary-or-community-group", "website", "", "contactEmail", "", "note", "")).statusCode());
        HttpResponse<String> afterWrite = reader.get(FORUM);
        assertEquals(200, afterWrite.statusCode());
        assertTrue(queries(afterWrite) > 0, "rendered again once something was written");
        // what the write set off after its commit (news, in its own transaction) may land while the page renders:
        // the page is then kept from the next rendering on
        int keptAgain = -1;
        for (int i = 0; i < 20 && keptAgain != 0; i++) {
            keptAgain = queries(reader.get(FORUM));
        }
        assertEquals(0, keptAgain, "and kept again");
    }

    @Test
    void someoneSignedInIsNeverGivenAPageKeptForEveryone() {
        Http reader = new Http(base);
        settled(reader);
        assertEquals(0, queries(reader.get(FORUM)), "a page kept for everyone");
        Http rosa = new Http(base);
        rosa.signIn("rosa");
        HttpResponse<String> hers = rosa.get(FORUM);
        assertTrue(queries(hers) > 0, "rendered for her");
        assertTrue(hers.headers().firstValue("Cache-Control").orElseThrow().startsWith("no-store"), "hers alone");
        assertTrue(hers.body().contains("Sign out"), "her own header");
        assertFalse(reader.get(FORUM).body().contains("Sign out"), "and hers is not kept for everyone");
    }
}
