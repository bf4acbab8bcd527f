package org.carecommunities.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsrfTokensTest {

    @Test
    void aConfiguredSigningKeyHasAtLeast32Bytes() {
        assertTrue(CsrfTokens.keyProblem("change-me").orElseThrow().contains("at least 32"));
        assertTrue(CsrfTokens.keyProblem("x".repeat(31)).isPresent());
        assertEquals(Optional.empty(), CsrfTokens.keyProblem("x".repeat(32)));
        assertEquals(Optional.empty(), CsrfTokens.keyProblem(" "), "none set: a random key of 32 bytes is made");
        assertEquals(Optional.empty(), CsrfTokens.keyProblem(null));
    }
}
