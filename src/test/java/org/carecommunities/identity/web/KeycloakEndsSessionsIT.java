package org.carecommunities.identity.web;

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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak ends portal sessions, over HTTP against the real Keycloak: an administrator's logout reaches the portal
 * over the back channel; forged and misaddressed logout tokens are refused; a role taken away in Keycloak is gone
 * from the portal within the refresh period (3 seconds on the test server).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakEndsSessionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(KeycloakEndsSessionsIT.class);
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
    void anAdministratorLoggingSomeoneOutInKeycloakEndsTheirPortalSession() {
        http.signIn("rosa");
        assertEquals(200, http.get("/account").statusCode(), "signed in");
        keycloak.logOut("rosa");
        assertEquals(303, within(10, status -> status == 303, "/account"),
                "the portal session ended: the account page sends them to sign in");
    }

    @Test
    void forgedMisaddressedOrEmptyLogoutTokensAreRefusedAndEndNothing() throws Exception {
        http.signIn("sam");
        assertEquals(200, http.get("/account").statusCode());

        HttpResponse<String> empty = http.post("/backchannel-logout", Http.form("logout_token", ""));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("\"error\":\"invalid_request\""), empty.body());
        assertTrue(empty.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));

        HttpResponse<String> forged = http.post("/backchannel-logout", Http.form("logout_token", forgedLogoutToken()));
        assertEquals(400, forged.statusCode(), "signed by someone other than Keycloak");
        assertTrue(!forged.body().contains("Exception") && forged.body().contains("invalid_request"));

        HttpResponse<String> misaddressed = http.post("/backchannel-logout",
                Http.form("logout_token", keycloak.tokenForAnotherClient("sam")));
        assertEquals(400, misaddressed.statusCode(), "Keycloak's signature, but not a logout token for the portal");

        assertEquals(200, http.get("/account").statusCode(), "nothing ended");
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

    /** A well-formed logout token for the portal, signed with a key that is not Keycloak's. */
    private static String forgedLogoutToken() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String header = "{\"alg\":\"RS256\",\"typ\":\"logout+jwt\",\"kid\":\"forged\"}";
        String claims = "{\"iss\":\"" + System.getProperty("keycloak.url", "http://localhost:8280")
                + "/realms/care-communities\",\"aud\":\"portal\",\"iat\":" + Instant.now().getEpochSecond()
                + ",\"jti\":\"forged-1\",\"sub\":\"anyone\",\"events\":{"
                + "\"http://schemas.openid.net/event/backchannel-logout\":{}}}";
        String input = b64(header) + "." + b64(claims);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(generator.generateKeyPair().getPrivate());
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
