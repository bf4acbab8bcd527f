package org.carecommunities.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatesTest {

    /** What JSON Schema's date-time (RFC 3339) takes: seconds always, even when they are zero. */
    @Test
    void dateTimesAreRfc3339WithSeconds() {
        assertEquals("2026-11-27T10:00:00Z", Dates.rfc3339(LocalDateTime.parse("2026-11-27T10:00")));
        assertEquals("2026-11-27T10:00:05Z", Dates.rfc3339(LocalDateTime.parse("2026-11-27T10:00:05.123456")));
        assertEquals("2026-11-27T10:00:00Z", Dates.rfc3339(Instant.parse("2026-11-27T10:00:00Z")));
        assertEquals("2026-11-27T10:00:00Z", Dates.iso(LocalDateTime.parse("2026-11-27T10:00")));
        OffsetDateTime.parse(Dates.rfc3339(LocalDateTime.parse("2026-11-27T10:00")));
    }
}
