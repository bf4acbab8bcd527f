package org.carecommunities.identity.web;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.carecommunities.testing.KeycloakAdmin;
import org.carecommunities.testing.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production realm's sign-in, against the real Keycloak: admins and board members give a one-time code as
 * well as their password (set up at their first sign-in with an authenticator app), residents their password
 * alone. The test Keycloak runs the demo realm, which binds the plain browser flow; this test binds the realm's
 * own flow for its length, and an admin of its own.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

    private static final Pattern KEY = Pattern.compile("id=\"kc-totp-secret-key\"[^>]*>\\s*([A-Z2-7 ]+?)\\s*<");
    private static final Pattern HIDDEN_SECRET = Pattern.compile("name=\"totpSecret\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(SecondFactorIT.class);
    }

    @ArquillianResource
    URL base;

    private final KeycloakAdmin keycloak = new KeycloakAdmin();
    private final String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void theRealmsOwnFlow() {
        keycloak.createUser(admin, "admin");
        keycloak.bindBrowserFlow("browser with second factor");
    }

    @AfterEach
    void theDemosFlowAgain() {
        keycloak.bindBrowserFlow("browser");
        keycloak.deleteUser(admin);
    }

    @Test
    void anAdminSetsUpAndThenGivesACodeAResidentDoesNot() throws InterruptedException {
        Http first = new Http(base);
        HttpResponse<String> asked = first.password(admin);
        assertEquals(302, asked.statusCode(), "the password alone does not sign an admin in");
        assertTrue(asked.headers().firstValue("Location").orElseThrow().contains("execution=CONFIGURE_TOTP"),
                "an admin without a second factor sets one up: " + asked.headers().map());
        HttpResponse<String> setup = first.open(asked.headers().firstValue("Location").orElseThrow() + "&mode=manual");
        Matcher key = KEY.matcher(setup.body());
        Matcher secret = HIDDEN_SECRET.matcher(setup.body());
        assertTrue(key.find() && secret.find(), "the key to type into an authenticator app: " + setup.body());

        HttpResponse<String> wrong = first.submit(setup, "kc-totp-settings-form", Http.form("totp", "000000",
                "totpSecret", secret.group(1), "mode", "manual", "userLabel", "Phone"));
        assertEquals(200, wrong.statusCode(), "a wrong code is refused on the same page");
        assertTrue(wrong.body().contains("kc-totp-settings-form"));
        Matcher again = HIDDEN_SECRET.matcher(wrong.body());
        assertTrue(again.find());
        long setUpIn = Instant.now().getEpochSecond() / 30;
        HttpResponse<String> done = first.submit(wrong, "kc-totp-settings-form", Http.form("totp",
                Totp.code(key.group(1), Instant.ofEpochSecond(setUpIn * 30), 0), "totpSecret", again.group(1), "mode", "manual",
                "userLabel", "Phone"));
        assertTrue(inThePortal(first.signedIn(done)), "signed in to the portal with the code");

        Http later = new Http(base);
        HttpResponse<String> code = later.password(admin);
        assertEquals(200, code.statusCode());
        assertTrue(code.body().contains("kc-otp-login-form"), "the next time, the code is asked: " + code.body());
        HttpResponse<String> refused = later.submit(code, "kc-otp-login-form", Http.form("otp", "123456"));
        assertTrue(refused.statusCode() == 200 && refused.body().contains("kc-otp-login-form"), "a wrong one fails");
        // Keycloak takes a code once: the app's next one, as a person would wait for it
        while (Instant.now().getEpochSecond() / 30 <= setUpIn) {
            Thread.sleep(250);
        }
        HttpResponse<String> in = later.submit(refused, "kc-otp-login-form", Http.form("otp",
                Totp.code(key.group(1), Instant.now(), 0)));
        assertTrue(inThePortal(later.signedIn(in)), "signed in with a fresh code");

        assertTrue(inThePortal(new Http(base).signIn("rosa")), "a resident signs in with a password alone");
    }

    /** Where the portal sends someone once signed in: one of its pages, never back to Keycloak or an error. */
    private boolean inThePortal(String location) {
        return location.startsWith(base.toString().replaceAll("/$", "")) && !location.contains("error");
    }
}
