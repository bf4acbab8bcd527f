package org.carecommunities.neighbourhood.web;

import org.carecommunities.testing.DemoDates;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The neighbourhood pages over HTTP: pages and fragments, the search, the suggestion form's round trip. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NeighbourhoodPagesIT {

    private static final String SUGGEST = "/neighbourhoods/kingsmead/suggest-organisation";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(NeighbourhoodPagesIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void homeListsTheNeighbourhoods() {
        HttpResponse<String> home = http.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<title>Find your neighbourhood – Care Communities</title>"));
        assertTrue(home.body().contains("href=\"/neighbourhoods/kingsmead\""));
        assertTrue(home.body().contains("href=\"/neighbourhoods/northgate-hill\""));
        assertTrue(home.body().contains("href=\"/neighbourhoods/eastwell-valley\""));
    }

    @Test
    void neighbourhoodIsAPageNormallyAndAFragmentToHtmx() {
        HttpResponse<String> page = http.get("/neighbourhoods/kingsmead");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().startsWith("<!DOCTYPE html>"));
        assertTrue(page.body().contains("<h1 class=\"nhsuk-heading-xl\">Kingsmead and Riverside</h1>"));
        assertVariesOnHtmx(page);

        HttpResponse<String> fragment = http.get("/neighbourhoods/kingsmead", "HX-Request", "true",
                "HX-Target", "maincontent");
        assertEquals(200, fragment.statusCode());
        assertFalse(fragment.body().contains("<html"), "no page shell in a fragment");
        assertEquals(1, fragment.body().split("<header", -1).length - 1, "the header once,");
        assertTrue(fragment.body().contains("<div id=\"site-header\" hx-swap-oob=\"true\">"),
                "out of band, so the current section follows the page");
        assertTrue(fragment.body().startsWith("<title>Kingsmead and Riverside – Care Communities</title>"));
        assertTrue(fragment.body().contains("Kingsmead and Riverside</h1>"));
        assertVariesOnHtmx(fragment);
        assertTrue(fragment.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void historyRestoreGetsTheWholePage() {
        HttpResponse<String> restore = http.get("/neighbourhoods/kingsmead", "HX-Request", "true",
                "HX-History-Restore-Request", "true");
        assertTrue(restore.body().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void neighbourhoodPageGroupsOrganisationsByKind() {
        String body = http.get("/neighbourhoods/kingsmead").body();
        int practices = body.indexOf("id=\"kind-gp-practice\"");
        int network = body.indexOf("id=\"kind-primary-care-network\"");
        int groups = body.indexOf("id=\"kind-voluntary-or-community-group\"");
        assertTrue(practices > 0 && practices < network && network < groups, "kinds in vocabulary order");
        assertTrue(body.contains("Riverside Medical Practice"));
        assertFalse(body.contains("Northgate Surgery"), "another neighbourhood's practice");
    }

    @Test
    void unknownNeighbourhoodIs404() {
        HttpResponse<String> response = http.get("/neighbourhoods/atlantis");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"));
    }

    @Test
    void neighbourhoodsWithoutSlugGoesHome() {
        HttpResponse<String> response = http.get("/neighbourhoods");
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/"));
    }

    @Test
    void searchIsInTheQueryStringAndHtmxCanAskForJustTheResults() {
        HttpResponse<String> page = http.get("/?q=NH5");
        assertTrue(page.body().contains("<!DOCTYPE html>"));
        assertTrue(page.body().contains("value=\"NH5\""), "the search box keeps the query");
        assertTrue(page.body().contains("1 neighbourhood match"));
        assertTrue(page.body().contains("href=\"/neighbourhoods/northgate-hill\""));
        assertFalse(page.body().contains("href=\"/neighbourhoods/kingsmead\""));

        HttpResponse<String> results = http.get("/?q=NH5", "HX-Request", "true", "HX-Target", Routes.RESULTS_ID);
        assertTrue(results.body().startsWith("<section id=\"" + Routes.RESULTS_ID + "\""), results.body());
        assertFalse(results.body().contains("<form"), "only the results part");
        assertTrue(results.body().contains("data-announce=\"1 neighbourhood match"));
    }

    @Test
    void overLongSearchIsRefusedWithAMessage() {
        String query = "x".repeat(101);
        HttpResponse<String> page = http.get("/?q=" + query);
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("100 characters or fewer"));
        assertTrue(page.body().contains("value=\"" + query + "\""));
        HttpResponse<String> part = http.get("/?q=" + query, "HX-Request", "true", "HX-Target", Routes.RESULTS_ID);
        assertEquals(422, part.statusCode());
        assertTrue(part.body().contains("100 characters or fewer"));
    }

    @Test
    void invalidSuggestionComesBackWithMessagesByTheFieldsAndWhatWasTyped() {
        String token = http.csrfToken(SUGGEST);
        Map<String, String> typed = Http.form("_csrf", token, "name", "", "kind", "not-a-kind",
                "website", "javascript:alert(1)", "contactEmail", "not-an-email", "note", "Meets <b>Fridays</b>");
        HttpResponse<String> response = http.post(SUGGEST, typed);
        assertEquals(400, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("<title>Error: Suggest an organisation"), "title says there is an error");
        assertTrue(body.contains("class=\"nhsuk-error-summary\""));
        int summary = body.indexOf("nhsuk-error-summary__list");
        assertTrue(body.indexOf("href=\"#name\"", summary) < body.indexOf("href=\"#kind\"", summary)
                && body.indexOf("href=\"#kind\"", summary) < body.indexOf("href=\"#website\"", summary)
                && body.indexOf("href=\"#website\"", summary) < body.indexOf("href=\"#contactEmail\"", summary),
                "summary in the order of the fields");
        assertTrue(body.contains("id=\"name-error\"") && body.contains("Enter the name of the organisation"));
        assertTrue(body.contains("id=\"kind-error\""));
        assertTrue(body.contains("id=\"website-error\""));
        assertTrue(body.contains("id=\"contactEmail-error\""));
        assertTrue(body.contains("value=\"javascript:alert(1)\""), "typed text kept");
        assertTrue(body.contains("value=\"not-an-email\""));
        assertTrue(body.contains("Meets &lt;b&gt;Fridays&lt;/b&gt;</textarea>"), "typed text kept, escaped");
        assertFalse(body.contains("<b>Fridays</b>"));

        HttpResponse<String> htmx = http.post(SUGGEST, typed, "HX-Request", "true", "HX-Target", "maincontent");
        assertEquals(422, htmx.statusCode());
        assertFalse(htmx.body().contains("<html"));
        assertTrue(htmx.body().contains("class=\"nhsuk-error-summary\""));
    }

    @Test
    void validSuggestionRedirectsToThanksOrSwapsItInForHtmx() {
        String token = http.csrfToken(SUGGEST);
        HttpResponse<String> plain = http.post(SUGGEST, Http.form("_csrf", token, "name", "Kingsmead Knit & Natter",
                "kind", "voluntary-or-community-group", "website", "knit.example", "contactEmail", "",
                "note", "Wednesdays at the library"));
        assertEquals(303, plain.statusCode());
        assertTrue(plain.headers().firstValue("Location").orElse("").endsWith(SUGGEST + "/sent"));
        HttpResponse<String> thanks = http.get(SUGGEST + "/sent");
        assertEquals(200, thanks.statusCode());
        assertTrue(thanks.body().contains("Thank you, your suggestion has been sent"));

        HttpResponse<String> htmx = http.post(SUGGEST, Http.form("name", "Riverside Ramblers",
                "kind", "voluntary-or-community-group"), "X-CSRF-Token", token, "HX-Request", "true",
                "HX-Target", "maincontent");
        assertEquals(200, htmx.statusCode());
        assertEquals(SUGGEST + "/sent", htmx.headers().firstValue("HX-Push-Url").orElse(null));
        assertTrue(htmx.body().contains("Thank you, your suggestion has been sent"));
        assertFalse(htmx.body().contains("<html"));
    }

    private static void assertVariesOnHtmx(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("HX-Request")),
                "Vary: HX-Request");
    }
}
