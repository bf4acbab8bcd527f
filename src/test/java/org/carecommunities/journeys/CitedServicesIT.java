package org.carecommunities.journeys;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Services of the asset map cited from the forum and the partnership, over HTTP: the whole portal, since each
 * side is another module's (the asset map's own tests deploy no forum or partnership).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitedServicesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(CitedServicesIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    /** The demo's citations: June's reply cites the chair yoga, which the board's commitment cites too. */
    @Test
    void citedServicesShowAsCardsAndTheServicePageListsWhoCitesIt() {
        String chairYoga = "/asset-map/services/8c2458a5-9b13-51b9-a9cd-42891d4c9792";
        String service = http.get(chairYoga).body();
        assertTrue(service.matches("(?s).*id=\"cited-by\".*Proposal: <a href=\"/forums/kingsmead-general/threads/\\d+\">"
                + "Strength and balance classes at the leisure centre</a>.*"), "the thread citing it");
        assertTrue(service.contains("Commitment: <a href=\"/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01"
                + "#commitment-"), "and the commitment");

        Matcher thread = Pattern.compile("href=\"(/forums/kingsmead-general/threads/\\d+)\">Strength and balance")
                .matcher(service);
        assertTrue(thread.find());
        String posts = http.get(thread.group(1)).body();
        assertTrue(posts.matches("(?s).*class=\"cited-service\" data-service=\"8c2458a5-9b13-51b9-a9cd-42891d4c9792\">"
                + "\\s*<a class=\"cited-service__name\" href=\"" + chairYoga + "\">Chair yoga</a>\\s*"
                + "<small class=\"cited-service__facts\">Kingsmead Leisure Centre · Every .*"), "a card with its times");

        Matcher warm = Pattern.compile("href=\"(/forums/eastwell-valley-general/threads/\\d+)\"")
                .matcher(http.get("/forums/eastwell-valley-general").body());
        boolean found = false;
        while (warm.find() && !found) {
            String page = http.get(warm.group(1)).body();
            found = page.contains("Somewhere warm to go");
            if (found) {
                assertTrue(page.matches("(?s).*cited-service--gone.*Afternoon tea dances</span>\\s*"
                        + "<strong class=\"nhsuk-tag nhsuk-tag--grey\">No longer listed</strong>.*"), "archived since");
            }
        }
        assertTrue(found, "the Eastwell thread");
        assertEquals(404, http.get("/asset-map/services/b7e0c2a1-5d3f-4e6a-9c1b-2f8d7e6a5c41").statusCode(),
                "the archived service has no public page");
    }

    /** Without JavaScript, "Find services" shows the form again with what was typed and the services found. */
    @Test
    void withoutJavaScriptFindServicesShowsTheFormAgainAndSendsNothing() {
        Http rosa = new Http(base);
        rosa.signIn("rosa");
        String title = "Exercise for my dad " + System.nanoTime();
        HttpResponse<String> again = rosa.post("/forums/kingsmead-general/threads", Http.form(
                "_csrf", rosa.csrfToken("/forums/kingsmead-general"), "title", title, "body", "Anything gentle?",
                "citeWords", "chair yoga", "action", "find-services"));
        assertEquals(200, again.statusCode());
        String page = again.body();
        assertTrue(page.contains("value=\"" + title + "\"") && page.contains("Anything gentle?</textarea>"),
                "what was typed, kept");
        assertTrue(page.matches("(?s).*id=\"cite-found\".*Chair yoga.*"), "the services found, to tick");
        assertTrue(!rosa.get("/forums/search?q=" + title.replace(" ", "+")).body().contains(">" + title + "</a>"),
                "no thread started");
    }
}
