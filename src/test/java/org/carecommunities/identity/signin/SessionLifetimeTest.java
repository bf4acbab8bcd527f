package org.carecommunities.identity.signin;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-29T08:00:00Z");
    private static final SessionLifetime DEFAULT = new SessionLifetime(Duration.ofHours(1), Duration.ofHours(12));

    @Test
    void aSignInEndsAfterAnHourWithoutActivity() {
        assertFalse(DEFAULT.ended(SIGNED_IN, SIGNED_IN, SIGNED_IN.plusSeconds(3599)));
        assertTrue(DEFAULT.ended(SIGNED_IN, SIGNED_IN, SIGNED_IN.plusSeconds(3600)));
        Instant active = SIGNED_IN.plus(Duration.ofMinutes(50));
        assertFalse(DEFAULT.ended(SIGNED_IN, active, SIGNED_IN.plus(Duration.ofMinutes(100))), "activity extends it");
    }

    @Test
    void andAfterTwelveHoursWhateverThePersonDoes() {
        Instant justNow = SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1);
        assertFalse(DEFAULT.ended(SIGNED_IN, justNow, justNow));
        assertTrue(DEFAULT.ended(SIGNED_IN, justNow, SIGNED_IN.plus(Duration.ofHours(12))));
    }

    @Test
    void theIdleTimeIsPositiveAndWithinTheAbsoluteLifetime() {
        assertThrows(IllegalArgumentException.class, () -> new SessionLifetime(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionLifetime(Duration.ofHours(2), Duration.ofHours(1)));
    }
}
