package org.carecommunities.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsrfTokensTest {

    @Test
    void aConfiguredSigningKeyHasAtLeast32Bytes() {
        assertTrue(CsrfTokens.keyProblem("change-me", false).orElseThrow().contains("at least 32"));
        assertTrue(CsrfTokens.keyProblem("x".repeat(31), true).isPresent());
        assertEquals(Optional.empty(), CsrfTokens.keyProblem("x".repeat(32), true));
        assertEquals(Optional.empty(), CsrfTokens.keyProblem(" ", false), "none set: a random key of 32 bytes is made");
        assertTrue(CsrfTokens.keyProblem(" ", true).orElseThrow().contains("same key"), "unless servers share sign-ins");
        assertTrue(CsrfTokens.keyProblem(null, true).isPresent());
        assertEquals(Optional.empty(), CsrfTokens.keyProblem(null, false));
    }
}
