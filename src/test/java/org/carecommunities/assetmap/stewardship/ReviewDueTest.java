package org.carecommunities.assetmap.stewardship;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReviewDueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void remindersGrowMoreUrgentUntilTheListingShowsAsOutOfDate() {
        assertNull(ReviewDue.Level.of(TODAY.minusMonths(8), TODAY, 12), "nothing due yet");
        assertEquals(ReviewDue.Level.FIRST, ReviewDue.Level.of(TODAY.minusMonths(9).minusDays(1), TODAY, 12));
        assertEquals(ReviewDue.Level.SECOND, ReviewDue.Level.of(TODAY.minusMonths(10).minusDays(1), TODAY, 12));
        assertEquals(ReviewDue.Level.URGENT, ReviewDue.Level.of(TODAY.minusMonths(11).minusDays(1), TODAY, 12));
        assertEquals(ReviewDue.Level.OUT_OF_DATE, ReviewDue.Level.of(TODAY.minusMonths(12).minusDays(1), TODAY, 12));
        assertEquals(ReviewDue.Level.URGENT, ReviewDue.Level.of(TODAY.minusMonths(5).minusDays(1), TODAY, 6),
                "the months come from configuration");
    }
}
