package org.carecommunities.platform.persistence;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo's dates move by whole weeks to the week it loads in, keeping weekdays and UK wall-clock times. */
class DemoCalendarTest {

    private static final LocalDate WRITTEN = DemoCalendar.WRITTEN_FOR;

    @Test
    void movesByWholeWeeksRoundedDownSoNothingPastLandsInTheFuture() {
        assertEquals(DayOfWeek.THURSDAY, WRITTEN.getDayOfWeek(), "a week of the demo starts on its Thursday");
        assertEquals(0, DemoCalendar.loadedOn(WRITTEN).weeks());
        assertEquals(0, DemoCalendar.loadedOn(WRITTEN.plusDays(6)).weeks());
        assertEquals(1, DemoCalendar.loadedOn(WRITTEN.plusDays(7)).weeks());
        assertEquals(-1, DemoCalendar.loadedOn(WRITTEN.minusDays(1)).weeks());
        assertEquals(78, DemoCalendar.loadedOn(WRITTEN.plusMonths(18)).weeks());
        for (int days = 0; days < 800; days += 13) {
            LocalDate today = WRITTEN.plusDays(days);
            LocalDate moved = DemoCalendar.loadedOn(today).day(WRITTEN);
            assertEquals(DayOfWeek.THURSDAY, moved.getDayOfWeek());
            assertEquals(true, !moved.isAfter(today) && moved.plusDays(7).isAfter(today),
                    "the demo's 'today' is the Thursday of the week it loads in: " + today);
        }
    }

    @Test
    void timesKeepTheirUkWallClockHourAcrossSummerTime() {
        DemoCalendar calendar = DemoCalendar.loadedOn(LocalDate.of(2027, 5, 5));
        assertEquals(22, calendar.weeks());
        // Thursday 29 October 2026 18:00 GMT is 18:00 UTC; 22 weeks on it is in British Summer Time, 17:00 UTC
        assertEquals(LocalDateTime.of(2027, 4, 1, 17, 0), calendar.utc(LocalDateTime.of(2026, 10, 29, 18, 0)));
        assertEquals(DayOfWeek.THURSDAY, calendar.utc(LocalDateTime.of(2026, 10, 29, 18, 0)).getDayOfWeek());
    }

    @Test
    void aScriptsDatesMoveWhereverTheyStandAndNothingElseDoes() {
        DemoCalendar calendar = DemoCalendar.loadedOn(WRITTEN.plusWeeks(10));
        String script = "INSERT INTO t VALUES (CAST('2026-10-29 18:00:00' AS TIMESTAMP), CAST('2026-12-15' AS DATE),"
                + " CAST('2026-03-02 10:00:00.000' AS TIMESTAMP), '{\"review\":\"2026-12-15\",\"starts\":\"2026-04-01\"}',"
                + " 'On the agenda of the meeting on 10 December 2026 at 18:00.', 'Open since 3 November; 214 visits.',"
                + " '5b0c1a4e-0005-4c0a-9a11-000000000005', '608dea41aa507c1d9d84ab7d9edd6386983fc57bb69560b58c10f900ac7be4d6',"
                + " 'in 2026', '2026-13-45', 'Summer break in August', '31 February')";
        assertEquals("INSERT INTO t VALUES (CAST('2027-01-07 18:00:00' AS TIMESTAMP), CAST('2027-02-23' AS DATE),"
                + " CAST('2026-05-11 09:00:00.000' AS TIMESTAMP), '{\"review\":\"2027-02-23\",\"starts\":\"2026-06-10\"}',"
                + " 'On the agenda of the meeting on 18 February 2027 at 18:00.', 'Open since 12 January; 214 visits.',"
                + " '5b0c1a4e-0005-4c0a-9a11-000000000005', '608dea41aa507c1d9d84ab7d9edd6386983fc57bb69560b58c10f900ac7be4d6',"
                + " 'in 2026', '2026-13-45', 'Summer break in August', '31 February')", calendar.script(script));
        assertEquals(script, DemoCalendar.loadedOn(WRITTEN.plusDays(3)).script(script), "no weeks, no change");
    }
}
