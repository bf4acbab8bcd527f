package org.carecommunities.testing;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TotpTest {

    /** RFC 6238's own test vectors (SHA-1 key "12345678901234567890"), cut to six digits. */
    @Test
    void computesTheRfcsCodes() {
        String key = "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ";
        assertEquals("287082", Totp.code(key, Instant.ofEpochSecond(59), 0));
        assertEquals("081804", Totp.code(key, Instant.ofEpochSecond(1111111109), 0));
        assertEquals("050471", Totp.code(key, Instant.ofEpochSecond(1111111111), 0));
        assertEquals("005924", Totp.code(key, Instant.ofEpochSecond(1234567890), 0));
        assertEquals(Totp.code(key, Instant.ofEpochSecond(60), 0), Totp.code(key, Instant.ofEpochSecond(59), 1),
                "the next step's code");
    }
}
