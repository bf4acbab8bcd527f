package org.carecommunities.platform.web;

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
 * The language of a page, over HTTP: chosen by the browser's Accept-Language, then by the header's link (a cookie),
 * (a member's saved choice: {@code SavedLanguageIT}); the address never changes, and caches are told the page varies
 * with the choice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageIT {

    private static final String STATEMENT = "/accessibility";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(LanguageIT.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aBrowserAskingForWelshGetsWelshAndCachesAreToldTheAnswerVaries() {
        Http http = new Http(base);
        HttpResponse<String> welsh = http.get(STATEMENT, "Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5");
        assertEquals(200, welsh.statusCode());
        assertTrue(welsh.body().contains("<html lang=\"cy-GB\" dir=\"ltr\">"), "the page says its language");
        assertTrue(welsh.body().contains("<h1 class=\"nhsuk-heading-xl\">Datganiad hygyrchedd</h1>"));
        assertTrue(welsh.body().contains("Neidio i&#39;r prif gynnwys") || welsh.body().contains("Neidio i'r prif"));
        assertTrue(welsh.body().contains("<title>Datganiad hygyrchedd – Care Communities</title>"));
        assertEquals("cy-GB", welsh.headers().firstValue("Content-Language").orElse(null));
        String vary = welsh.headers().firstValue("Vary").orElse("");
        assertTrue(vary.contains("Accept-Language") && vary.contains("Cookie"), vary);
        // the switch back, in its own language, to the same address
        assertTrue(welsh.body().contains("href=\"/language/en?next=%2Faccessibility\" lang=\"en-GB\""),
                "a link to the page in English");

        HttpResponse<String> english = new Http(base).get(STATEMENT, "Accept-Language", "en-GB,en;q=0.9");
        assertTrue(english.body().contains("<html lang=\"en-GB\" dir=\"ltr\">"));
        assertTrue(english.body().contains(">Accessibility statement</h1>"), "a page kept for Welsh is not given");
        assertTrue(english.body().contains(">Cymraeg</a>"));
        assertEquals("en-GB", english.headers().firstValue("Content-Language").orElse(null));

        HttpResponse<String> neither = new Http(base).get(STATEMENT, "Accept-Language", "fr-FR,de;q=0.5");
        assertTrue(neither.body().contains("<html lang=\"en-GB\""), "English when no language asked for is here");
    }

    @Test
    void theHeadersLinkRemembersTheChoiceOverTheBrowsersAndComesBackToThePage() {
        Http http = new Http(base);
        HttpResponse<String> chosen = http.get("/language/cy?next=%2Faccessibility%3Fa%3D1");
        assertEquals(303, chosen.statusCode());
        assertEquals("/accessibility?a=1", Http.path(chosen.headers().firstValue("Location").orElseThrow()));
        String cookie = chosen.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("lang=cy;") && cookie.contains("Max-Age=") && cookie.contains("SameSite=Lax"),
                cookie);
        HttpResponse<String> page = http.get(STATEMENT, "Accept-Language", "en-GB");
        assertTrue(page.body().contains("Datganiad hygyrchedd"), "the cookie outranks Accept-Language");

        HttpResponse<String> back = http.get("/language/en?next=" + STATEMENT);
        assertEquals(303, back.statusCode());
        assertTrue(http.get(STATEMENT, "Accept-Language", "cy").body().contains(">Accessibility statement</h1>"));
    }

    @Test
    void aLanguageThatIsNotHereOrAPathElsewhereIsRefused() {
        Http http = new Http(base);
        HttpResponse<String> unknown = http.get("/language/xx?next=/");
        assertEquals(404, unknown.statusCode());
        assertFalse(unknown.headers().firstValue("Set-Cookie").orElse("").startsWith("lang="));
        HttpResponse<String> elsewhere = http.get("/language/cy?next=//evil.example/");
        assertEquals(303, elsewhere.statusCode());
        assertEquals("/", Http.path(elsewhere.headers().firstValue("Location").orElseThrow()));
        assertEquals(404, http.get("/language/cy-GB?next=/").statusCode(), "the link's code, not a tag");
    }

    @Test
    void errorPagesAreInTheLanguageToo() {
        HttpResponse<String> missing = new Http(base).get("/no-such-page", "Accept-Language", "cy");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Heb ddod o hyd i&#39;r dudalen")
                || missing.body().contains("Heb ddod o hyd i'r dudalen"), missing.body());
        assertTrue(missing.body().contains("Cyfeirnod:"));
    }
}
