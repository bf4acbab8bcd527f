package org.carecommunities.journeys;

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
 * A member's choice of language, saved with their profile, against the real Keycloak: with the whole portal, whose
 * demo data gives the demo users their profiles (a test that made one would clash with the demo data loaded later).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SavedLanguageIT {

    private static final String STATEMENT = "/accessibility";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(SavedLanguageIT.class);
    }

    @ArquillianResource
    URL base;

    /** A member's choice is kept with their profile: it outranks the cookie, and Keycloak's pages follow it. */
    @Test
    void aMembersSavedChoiceFollowsThemAndKeycloakSpeaksIt() {
        Http rosa = new Http(base);
        rosa.signIn("rosa");
        assertEquals(303, rosa.get("/language/cy?next=/account").statusCode());
        rosa.get("/language/en?next=/").headers();
        rosa.get("/language/cy?next=/");
        assertTrue(rosa.get(STATEMENT, "Accept-Language", "en").body().contains("Datganiad hygyrchedd"));

        // another browser: no cookie, an English browser; once signed in, her saved Welsh
        Http elsewhere = new Http(base);
        HttpResponse<String> login = elsewhere.open(elsewhere.get("/login?next=/accessibility",
                "Accept-Language", "en").headers().firstValue("Location").orElseThrow());
        assertTrue(login.uri().toString().contains("ui_locales=en"), login.uri().toString());
        elsewhere.signIn("rosa");
        HttpResponse<String> page = elsewhere.get(STATEMENT, "Accept-Language", "en");
        assertTrue(page.body().contains("Datganiad hygyrchedd"), "her saved choice, on a browser she never chose on");
        assertTrue(page.body().contains(">Allgofnodi</button>"), "the header in Welsh too");

        // Keycloak's sign-in page in Welsh for someone who chose it (the link's cookie, before signing in)
        Http newcomer = new Http(base);
        newcomer.get("/language/cy?next=/");
        String authorize = newcomer.get("/login?next=/").headers().firstValue("Location").orElseThrow();
        assertTrue(authorize.contains("ui_locales=cy"), authorize);
        HttpResponse<String> keycloak = newcomer.open(authorize);
        assertTrue(keycloak.body().contains("Mewngofnodi i&#39;ch cyfrif")
                || keycloak.body().contains("Mewngofnodi i'ch cyfrif"), keycloak.body());

        // and back to English, for the other tests' sake
        rosa.get("/language/en?next=/");
    }
}
