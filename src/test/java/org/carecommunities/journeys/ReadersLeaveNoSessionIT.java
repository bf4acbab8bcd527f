package org.carecommunities.journeys;

import org.carecommunities.platform.web.CsrfFilter;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone only reading, across every module's pages, leaves no session on the server; a public form they fill in
 * (suggesting an organisation) still refuses a token that is not theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadersLeaveNoSessionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(ReadersLeaveNoSessionIT.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void readingLeavesNoSessionBehindAndTheOpenFormStillRefusesForgeries() {
        Http reader = new Http(base);
        java.util.List<HttpResponse<String>> pages = new java.util.ArrayList<>();
        for (String path : java.util.List.of("/", "/neighbourhoods/kingsmead", "/forums", "/forums/kingsmead-general",
                "/forums/search?q=bus", "/neighbourhoods/kingsmead/suggest-organisation", "/no-such-page")) {
            pages.add(reader.get(path));
        }
        assertTrue(pages.stream().flatMap(r -> r.headers().allValues("Set-Cookie").stream())
                .noneMatch(c -> c.startsWith("CCSESSION")), "no session for someone only reading");
        assertEquals(1, pages.stream().flatMap(r -> r.headers().allValues("Set-Cookie").stream())
                .filter(c -> c.startsWith(CsrfFilter.COOKIE + "=")).count(), "one CSRF cookie, kept after");

        String token = reader.csrfToken("/neighbourhoods/kingsmead/suggest-organisation");
        HttpResponse<String> sent = reader.post("/neighbourhoods/kingsmead/suggest-organisation",
                Http.form("_csrf", token, "name", "Kingsmead Tenants' Association", "kind", "voluntary-or-community-group"));
        assertEquals(303, sent.statusCode(), sent.body());
        assertTrue(sent.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("CCSESSION")));

        Http other = new Http(base);
        other.get("/");
        HttpResponse<String> borrowed = other.post("/neighbourhoods/kingsmead/suggest-organisation",
                Http.form("_csrf", token, "name", "Borrowed token", "kind", "voluntary-or-community-group"));
        assertEquals(403, borrowed.statusCode(), "a token belongs with its own cookie");
    }
}
