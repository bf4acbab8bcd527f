package org.carecommunities.identity.web;

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

import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in over HTTP against the real Keycloak: the redirect it sends, and the bad inputs it refuses. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(SignInPagesIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void signInGoesToKeycloakWithStateNoncePkceAndOrganisations() {
        HttpResponse<String> response = http.get("/login?next=/accessibility");
        assertEquals(303, response.statusCode());
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertEquals(System.getProperty("keycloak.url", "http://localhost:8280")
                + "/realms/care-communities/protocol/openid-connect/auth", location.getScheme() + "://"
                + location.getAuthority() + location.getPath());
        Map<String, String> query = query(location);
        assertEquals("code", query.get("response_type"));
        assertEquals("portal", query.get("client_id"));
        assertTrue(query.get("redirect_uri").endsWith("/callback"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertEquals(43, query.get("code_challenge").length());
        assertTrue(query.get("state").length() >= 43 && query.get("nonce").length() >= 43);
        assertTrue(query.get("scope").contains("organization:*"));
        assertFalse(query.containsValue("/accessibility"), "where to return stays on the server");
    }

    @Test
    void callbackWithAWrongOrMissingStateIsRefusedCleanly() {
        http.get("/login");
        HttpResponse<String> wrong = http.get("/callback?state=forged&code=anything");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("Sign-in did not complete"));
        assertFalse(wrong.body().contains("Exception"));
        assertEquals(400, new Http(base).get("/callback?code=anything").statusCode());
    }

    @Test
    void callbackWithTheRightStateButAForgedCodeIsRefusedCleanly() {
        String state = startSignIn();
        HttpResponse<String> forged = http.get("/callback?state=" + state + "&code=forged-code");
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("Sign-in did not complete"));
        assertTrue(http.get("/accessibility").body().contains("id=\"sign-in\""), "still signed out");
        assertEquals(400, http.get("/callback?state=" + state + "&code=forged-code").statusCode(),
                "a state is good for one try only");
    }

    @Test
    void cancelledSignInIsExplained() {
        String state = startSignIn();
        HttpResponse<String> cancelled = http.get("/callback?state=" + state + "&error=access_denied");
        assertEquals(400, cancelled.statusCode());
        assertTrue(cancelled.body().contains("cancelled"));
    }

    @Test
    void aTamperedOrMadeUpSessionCookieIsJustAnonymous() {
        HttpResponse<String> page = http.get("/accessibility", "Cookie", "CCSESSION=0000forged:bogus");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"sign-in\""));
        assertEquals(303, http.get("/account", "Cookie", "CCSESSION=0000forged:bogus").statusCode());
    }

    @Test
    void aBearerTokenIsNotASignIn() {
        HttpResponse<String> account = http.get("/account", "Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.");
        assertEquals(303, account.statusCode());
    }

    @Test
    void pagesForMembersSendAnonymousPeopleToSignInAndBack() {
        HttpResponse<String> account = http.get("/account");
        assertEquals(303, account.statusCode());
        assertTrue(account.headers().firstValue("Location").orElse("").endsWith("/login?next=%2Faccount"));

        HttpResponse<String> profile = http.get("/account/profile?next=%2Faccessibility");
        assertTrue(profile.headers().firstValue("Location").orElse("")
                .endsWith("/login?next=%2Faccount%2Fprofile%3Fnext%3D%252Faccessibility"), "and back with its query");

        HttpResponse<String> htmx = http.get("/account", "HX-Request", "true");
        assertEquals(204, htmx.statusCode(), "htmx is told to load the sign-in page in place of the fragment");
        assertEquals("/login?next=%2Faccount", htmx.headers().firstValue("HX-Redirect").orElse(null));
    }

    @Test
    void signInOffersToReturnOnlyToThisSite() {
        HttpResponse<String> page = http.get("/accessibility?x=1");
        assertTrue(page.body().contains("href=\"/login?next=%2Faccessibility%3Fx%3D1\""), page.body());
        HttpResponse<String> elsewhere = new Http(base).get("/login?next=https://evil.example/");
        assertEquals(303, elsewhere.statusCode());
    }

    @Test
    void signingOutNeedsTheCsrfToken() {
        assertEquals(403, http.post("/logout", Http.form("next", "/")).statusCode());
    }

    @Test
    void signingOutWhenNotSignedInJustSaysSo() {
        String token = http.csrfToken(TestForm.PATH);
        HttpResponse<String> out = http.post("/logout", Http.form("_csrf", token, "next", "/accessibility"));
        assertEquals(200, out.statusCode());
        assertTrue(out.body().contains("You have signed out"));
        assertTrue(out.body().contains("href=\"/accessibility\""));
    }

    /** Starts a sign-in as the browser would, and returns the state Keycloak must send back. */
    private String startSignIn() {
        HttpResponse<String> login = http.get("/login");
        return query(URI.create(login.headers().firstValue("Location").orElseThrow())).get("state");
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }
}
