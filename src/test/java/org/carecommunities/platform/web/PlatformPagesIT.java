package org.carecommunities.platform.web;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.carecommunities.testing.TestForm;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every page gets from the platform, over HTTP against the platform alone (its own pages: the accessibility
 * statement, the error pages, health and metrics).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(PlatformPagesIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : new HttpResponse[] {http.get("/accessibility"),
                http.get("/no-such-page"), http.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js"),
                http.get("/accessibility", "HX-Request", "true")}) {
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent());
        }
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        String page = http.get("/accessibility").body();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page);
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains("src="), "inline script: " + scripts.group());
        }
        assertFalse(page.contains("<style") || page.contains(" style="), "inline style");
        assertTrue(page.contains("\"allowEval\":false") && page.contains("\"includeIndicatorStyles\":false"),
                "htmx told not to eval or inject styles");
    }

    @Test
    void layoutHasSkipLinkMainLiveRegionAndAccessibilityStatement() {
        String page = http.get("/no-such-page").body();
        assertTrue(page.contains("href=\"#maincontent\""), "skip link");
        assertTrue(page.contains("<main class=\"nhsuk-main-wrapper\" id=\"maincontent\""), "main");
        assertTrue(page.contains("aria-live=\"polite\""), "live region");
        assertTrue(page.contains("href=\"/accessibility\""), "footer link");
        HttpResponse<String> statement = http.get("/accessibility");
        assertEquals(200, statement.statusCode());
        assertTrue(statement.body().contains("WCAG") && statement.body().contains("Accessibility statement"));
    }

    @Test
    void unknownPageIsA404PageOrFragmentWithAReference() {
        HttpResponse<String> page = http.get("/no-such-page");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<html") && page.body().contains("Page not found"));
        assertTrue(page.body().matches("(?s).*Reference: <strong class=\"error-reference\">[0-9A-F]{10}</strong>.*"));
        assertEquals("HX-Request", page.headers().firstValue("Vary").map(v -> v.split(",")[0].trim()).orElse(null));

        HttpResponse<String> fragment = http.get("/no-such-page", "HX-Request", "true");
        assertEquals(404, fragment.statusCode());
        assertFalse(fragment.body().contains("<html"));
        assertTrue(fragment.body().contains("Page not found"));
    }

    @Test
    void missingStaticFileIsTheSame404Page() {
        HttpResponse<String> response = http.get("/static/nothing-here.css");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"));
    }

    @Test
    void wrongMethodIs405WithAllow() {
        String token = http.csrfToken(TestForm.PATH);
        HttpResponse<String> response = http.method("PUT", "/accessibility", "X-CSRF-Token", token);
        assertEquals(405, response.statusCode());
        assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"));
        assertTrue(response.body().contains("That cannot be done here"));
    }

    @Test
    void stateChangingRequestWithoutOrWithWrongCsrfTokenIs403() {
        HttpResponse<String> none = http.post(TestForm.PATH, Http.form("name", "Anything"));
        assertEquals(403, none.statusCode());
        assertTrue(none.body().contains("You cannot do that"));

        http.csrfToken(TestForm.PATH);
        HttpResponse<String> wrong = http.post(TestForm.PATH, Http.form("_csrf", "forged", "name", "Anything"));
        assertEquals(403, wrong.statusCode());

        HttpResponse<String> wrongHeader = http.post(TestForm.PATH, Http.form("name", "Anything"),
                "X-CSRF-Token", "forged", "HX-Request", "true");
        assertEquals(403, wrongHeader.statusCode());
        assertFalse(wrongHeader.body().contains("<html"), "htmx gets the refusal as a fragment");
    }

    @Test
    void aFormSentWithoutJavaScriptKeepsEveryFieldPastTheCheck() {
        String token = http.csrfToken(TestForm.PATH);
        HttpResponse<String> whole = http.post(TestForm.PATH + "/whole", "application/x-www-form-urlencoded",
                "name=Ann+%26+Bob&day=MO&day=FR&_csrf=" + token);
        assertEquals(200, whole.statusCode(), whole.body());
        assertEquals("_csrf=" + token + "\nday=FR\nday=MO\nname=Ann & Bob", whole.body(),
                "a form read whole gets every field, the token's after the others too");
        HttpResponse<String> field = http.post(TestForm.PATH + "/field",
                Http.form("_csrf", token, "name", "Zoë"));
        assertEquals("name=Zoë", field.body(), "a form read field by field too");

        HttpResponse<String> forged = http.post(TestForm.PATH + "/whole", Http.form("name", "x", "_csrf", "forged"));
        assertEquals(403, forged.statusCode(), "a wrong token in the body is refused");
        assertTrue(forged.body().contains("You cannot do that"), "with the same page");
        assertEquals(403, http.post(TestForm.PATH + "/whole", Http.form("name", "x")).statusCode(), "and none");
        assertEquals(403, http.post(TestForm.PATH + "/whole", Http.form("name", "x", "_csrf", "")).statusCode());
    }

    @Test
    void aPageWithoutAFormSetsNoCookieAndASharedCacheMayKeepIt() {
        Http reader = new Http(base);
        for (String path : java.util.List.of("/accessibility", "/accessibility?from=footer", "/no-such-page",
                "/health/ready", "/static/nothing-here.css", "/webjars/htmx.org/2.0.10/dist/htmx.min.js")) {
            HttpResponse<String> page = reader.get(path);
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), path + " sets no cookie");
        }
        HttpResponse<String> statement = reader.get("/accessibility");
        assertFalse(statement.body().contains("X-CSRF-Token"), "no token on a page where nothing posts");
        assertEquals("public, max-age=0, s-maxage=30",
                statement.headers().firstValue("Cache-Control").orElse(null));
        java.util.List<String> vary = java.util.Arrays.stream(statement.headers().firstValue("Vary").orElse("")
                .split(",")).map(String::strip).toList();
        assertTrue(vary.containsAll(java.util.List.of("HX-Request", "HX-Target", "Cookie")),
                "each part kept apart, and not given to someone who brings a session: " + vary);
        String etag = statement.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("W/\"[0-9a-f]{32}\""), etag);

        HttpResponse<String> again = reader.get("/accessibility", "If-None-Match", etag);
        assertEquals(304, again.statusCode(), "asked again with its tag: not modified");
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
        assertEquals(200, reader.get("/accessibility", "If-None-Match", "\"0123\"").statusCode(), "another tag");
        HttpResponse<String> fragment = reader.get("/accessibility", "HX-Request", "true", "If-None-Match", etag);
        assertEquals(200, fragment.statusCode(), "the fragment is another representation with its own tag");
        assertFalse(etag.equals(fragment.headers().firstValue("ETag").orElse(null)));
    }

    @Test
    void aPageWithAFormIsTheReadersOwnAndItsTokenRefusesForgeries() {
        Http reader = new Http(base);
        HttpResponse<String> form = reader.get(TestForm.PATH);
        assertEquals(1, form.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(CsrfFilter.COOKIE + "=")).count(), "the form's token in a cookie");
        assertTrue(form.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("CCSESSION")),
                "no session for someone only reading");
        assertEquals("private, no-cache", form.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(form.headers().firstValue("ETag").isEmpty());
        assertTrue(reader.get(TestForm.PATH).headers().allValues("Set-Cookie").isEmpty(), "kept after");

        String token = reader.csrfToken(TestForm.PATH);
        HttpResponse<String> sent = reader.post(TestForm.PATH, Http.form("_csrf", token));
        assertEquals(303, sent.statusCode(), "past the check");
        assertTrue(sent.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("CCSESSION")));

        Http other = new Http(base);
        other.get(TestForm.PATH);
        HttpResponse<String> borrowed = other.post(TestForm.PATH, Http.form("_csrf", token));
        assertEquals(403, borrowed.statusCode(), "a token belongs with its own cookie");
    }

    @Test
    void versionedStaticFilesAreImmutableAndCompressed() {
        String page = http.get("/accessibility").body();
        Matcher css = Pattern.compile("href=\"(/static/v-[0-9a-f]+/css/portal.css)\"").matcher(page);
        assertTrue(css.find(), "versioned stylesheet link");
        HttpResponse<byte[]> response = http.bytes(css.group(1), "Accept-Encoding", "gzip");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(null));

        HttpResponse<byte[]> htmx = http.bytes("/webjars/htmx.org/2.0.10/dist/htmx.min.js", "Accept-Encoding", "gzip");
        assertTrue(htmx.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals("gzip", htmx.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(htmx.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    }

    @Test
    void healthChecksReportTheDatabase() {
        HttpResponse<String> ready = http.get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"UP\""), ready.body());
        assertEquals(200, http.get("/health/live").statusCode());
    }

    @Test
    void operatorsReadRequestLatencyPoolAndSessionMetrics() {
        http.get("/accessibility");
        HttpResponse<String> metrics = http.get("/metrics");
        assertEquals(200, metrics.statusCode(), "open on the test server, as on the run command");
        String body = metrics.body();
        assertTrue(body.contains("REST_request") && body.contains("AccessibilityStatementResource"),
                "requests and latency per resource");
        assertTrue(body.contains("connectionpool"), "the database pool");
        assertTrue(body.contains("session_"), "sessions");
    }
}
