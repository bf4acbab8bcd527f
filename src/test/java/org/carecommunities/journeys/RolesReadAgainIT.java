package org.carecommunities.journeys;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.carecommunities.testing.KeycloakAdmin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The roles and organisations Keycloak gives, read again while the demo's people are signed in, as the pages of
 * the modules that act on them see it: the forum's moderation and a steward's group.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolesReadAgainIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(RolesReadAgainIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;
    final KeycloakAdmin keycloak = new KeycloakAdmin();

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void aRoleTakenAwayInKeycloakIsGoneFromThePortalWithinTheRefreshPeriod() {
        http.signIn("mo");
        assertEquals(200, http.get("/forums/moderation").statusCode(), "a moderator");
        keycloak.removeRealmRole("mo", "moderator");
        try {
            assertEquals(403, within(15, status -> status == 403, "/forums/moderation"),
                    "no longer a moderator, without signing in again");
            assertEquals(200, http.get("/account").statusCode(), "still signed in, as a resident");
        } finally {
            keycloak.addRealmRole("mo", "moderator");
        }
        assertEquals(200, within(15, status -> status == 200, "/forums/moderation"), "and back again");
    }

    @Test
    void aStewardStillActsForTheirGroupAfterTheRolesAreReadAgain() throws InterruptedException {
        http.signIn("sam");
        assertEquals(200, http.get("/organisations/riverside-food-pantry/manage").statusCode());
        Thread.sleep(4_000);
        assertEquals(200, http.get("/account").statusCode(), "read again from Keycloak (3 s on the test server)");
        assertEquals(200, http.get("/organisations/riverside-food-pantry/manage").statusCode(),
                "the organisations come back with the roles");
        assertTrue(http.get("/account").body().contains("Riverside Food Pantry"));
    }

    /** The status the page answers with once it is as expected, or the last one after that many seconds. */
    private int within(int seconds, IntPredicate expected, String path) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        int status;
        do {
            status = http.get(path).statusCode();
            if (expected.test(status)) {
                return status;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        } while (System.nanoTime() < until);
        return status;
    }
}
