package org.carecommunities.identity.web;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.carecommunities.testing.KeycloakAdmin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak ends portal sessions, over HTTP against the real Keycloak: an administrator's logout reaches the portal
 * over the back channel; forged and misaddressed logout tokens are refused; a role taken away in Keycloak is gone
 * from the portal within the refresh period (3 seconds on the test server). The same with the demo's people, on
 * other modules' pages, is {@code journeys.RolesReadAgainIT}.
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
    final List<String> people = new ArrayList<>();

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @AfterEach
    void gone() {
        people.forEach(keycloak::deleteUser);
    }

    /**
     * Someone new, added in Keycloak with that role and signed in with their profile set up: the demo's people are
     * the neighbourhood module's data, which this module's deployment leaves out.
     */
    private String signedInMember(String role) {
        String username = "kc-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createUser(username, role);
        people.add(username);
        assertTrue(http.signIn(username).contains("/account/profile"), "a first sign-in sets up a profile");
        assertEquals(303, http.setUpProfile("Kim", "KM2 4AB").statusCode());
        return username;
    }

    @Test
    void anAdministratorLoggingSomeoneOutInKeycloakEndsTheirPortalSession() {
        String someone = signedInMember("resident");
        assertEquals(200, http.get("/account").statusCode(), "signed in");
        keycloak.logOut(someone);
        assertEquals(303, within(10, r -> r.statusCode() == 303, "/account").statusCode(),
                "the portal session ended: the account page sends them to sign in");
    }

    @Test
    void forgedMisaddressedOrEmptyLogoutTokensAreRefusedAndEndNothing() throws Exception {
        String someone = signedInMember("resident");
        assertEquals(200, http.get("/account").statusCode());

        HttpResponse<String> empty = http.post("/backchannel-logout", Http.form("logout_token", ""));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("\"error\":\"invalid_request\""), empty.body());
        assertTrue(empty.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));

        HttpResponse<String> forged = http.post("/backchannel-logout", Http.form("logout_token", forgedLogoutToken()));
        assertEquals(400, forged.statusCode(), "signed by someone other than Keycloak");
        assertTrue(!forged.body().contains("Exception") && forged.body().contains("invalid_request"));

        HttpResponse<String> misaddressed = http.post("/backchannel-logout",
                Http.form("logout_token", keycloak.tokenForAnotherClient(someone)));
        assertEquals(400, misaddressed.statusCode(), "Keycloak's signature, but not a logout token for the portal");

        assertEquals(200, http.get("/account").statusCode(), "nothing ended");
    }

    @Test
    void aRoleTakenAwayInKeycloakIsGoneFromThePortalWithinTheRefreshPeriod() {
        String someone = signedInMember("moderator");
        assertTrue(roles().contains("Moderator"), roles());
        keycloak.removeRealmRole(someone, "moderator");
        HttpResponse<String> after = within(15, r -> !rolesOn(r).contains("Moderator"), "/account");
        assertEquals(200, after.statusCode(), "still signed in");
        assertFalse(rolesOn(after).contains("Moderator"), "no longer a moderator, without signing in again");
        keycloak.addRealmRole(someone, "moderator");
        assertTrue(rolesOn(within(15, r -> rolesOn(r).contains("Moderator"), "/account")).contains("Moderator"),
                "and back again");
    }

    private String roles() {
        return rolesOn(http.get("/account"));
    }

    /** The account page's list of what the member can do. */
    private static String rolesOn(HttpResponse<String> account) {
        String body = account.body();
        int at = body.indexOf("id=\"roles\"");
        return at < 0 ? "" : body.substring(at, body.indexOf("</ul>", at));
    }

    /** The page once it is as expected, or as it last was after that many seconds. */
    private HttpResponse<String> within(int seconds, Predicate<HttpResponse<String>> expected, String path) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        HttpResponse<String> response;
        do {
            response = http.get(path);
            if (expected.test(response)) {
                return response;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        } while (System.nanoTime() < until);
        return response;
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
