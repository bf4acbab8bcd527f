package org.carecommunities.referral.evidence;

import org.carecommunities.platform.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts that could point to a person are not shown as they are. */
class SmallNumbersTest {

    private static String english(java.util.function.Supplier<String> said) {
        return Text.in(Text.english(), said);
    }

    @Test
    void countsFromOneToFourAreFewerThanFive() {
        assertEquals("0", english(() -> SmallNumbers.count(0)));
        for (long small = 1; small < 5; small++) {
            long n = small;
            assertEquals("fewer than 5", english(() -> SmallNumbers.count(n)), "count " + n);
        }
        assertEquals("5", english(() -> SmallNumbers.count(5)));
        assertEquals("1,234", english(() -> SmallNumbers.count(1234)));
        assertEquals("llai na 5", Text.in(Text.language("cy"), () -> SmallNumbers.count(3)));
    }

    @Test
    void aMedianOfFewerThanFiveIsNotGiven() {
        assertEquals("fewer than 5 to count", english(() -> SmallNumbers.medianDays(List.of(1L, 2L, 3L, 4L))));
        assertEquals("3 days", english(() -> SmallNumbers.medianDays(List.of(9L, 1L, 3L, 2L, 4L))));
        assertEquals("3.5 days", english(() -> SmallNumbers.medianDays(List.of(1L, 2L, 3L, 4L, 5L, 6L))));
        assertEquals("1 day", english(() -> SmallNumbers.medianDays(List.of(1L, 1L, 1L, 0L, 2L))));
    }
}
