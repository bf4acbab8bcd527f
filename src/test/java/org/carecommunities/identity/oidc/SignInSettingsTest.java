package org.carecommunities.identity.oidc;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal refuses to start with sign-in settings that would leave it open. */
class SignInSettingsTest {

    private static final String BASE = "https://portal.example.org";

    @Test
    void noSecretNoStart() {
        assertTrue(SignInSettings.problem(Optional.empty(), false, BASE, true).orElseThrow()
                .contains("OIDC_CLIENT_SECRET"));
        assertTrue(SignInSettings.problem(Optional.of(" "), true, BASE, true).isPresent());
    }

    @Test
    void theDemoSecretOnlyWithDemoData() {
        assertTrue(SignInSettings.problem(Optional.of("portal-demo-secret"), false, BASE, true).orElseThrow()
                .contains("demo realm's published secret"));
        assertEquals(Optional.empty(), SignInSettings.problem(Optional.of("portal-demo-secret"), true,
                "http://localhost:9080", false));
        assertEquals(Optional.empty(), SignInSettings.problem(Optional.of("a-real-secret"), false, BASE, true));
    }

    @Test
    void theBaseUrlIsAnOriginAndHttpsWhenCookiesAreSecure() {
        assertTrue(SignInSettings.problem(Optional.of("s"), false, "portal.example.org", false).isPresent());
        assertTrue(SignInSettings.problem(Optional.of("s"), false, "https://portal.example.org/app", false)
                .isPresent());
        assertTrue(SignInSettings.problem(Optional.of("s"), false, "http://portal.example.org", true).orElseThrow()
                .contains("COOKIE_SECURE"));
        assertEquals("https://portal.example.org", SignInSettings.origin("https://portal.example.org/"));
        assertEquals("http://localhost:9181", SignInSettings.origin("http://localhost:9181"));
        assertNull(SignInSettings.origin("javascript:alert(1)"));
        assertNull(SignInSettings.origin("https://user@portal.example.org"));
    }

    @Test
    void overHttpsTheSessionCookieIsBoundToTheHost() {
        Optional<String> plain = SignInSettings.problem(Optional.of("s"), false, BASE, true, "CCSESSION");
        assertTrue(plain.orElseThrow().contains("SESSION_COOKIE_NAME=__Host-CCSESSION"), plain.toString());
        assertEquals(Optional.empty(), SignInSettings.problem(Optional.of("s"), false, BASE, true,
                "__Host-CCSESSION"));
        assertTrue(SignInSettings.problem(Optional.of("s"), false, "http://localhost:9080", false,
                "__Host-CCSESSION").orElseThrow().contains("only over HTTPS"));
        assertEquals(Optional.empty(), SignInSettings.problem(Optional.of("s"), false, "http://localhost:9080", false,
                "CCSESSION"));
    }
}
