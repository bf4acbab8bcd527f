package org.carecommunities.assetmap.domain;

import org.carecommunities.assetmap.domain.Recurrence.ByDay;
import org.carecommunities.assetmap.domain.Recurrence.Frequency;
import org.carecommunities.assetmap.domain.Recurrence.Session;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecurrenceTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private static Recurrence weekly(String byday, int interval, LocalDate start, List<Recurrence.Exclusion> except) {
        return new Recurrence(Frequency.WEEKLY, interval, days(byday), TEN, NOON, start, null, null, except);
    }

    private static Recurrence monthly(String byday) {
        return new Recurrence(Frequency.MONTHLY, 1, days(byday), TEN, NOON, LocalDate.of(2026, 1, 1), null, null,
                List.of());
    }

    private static List<ByDay> days(String byday) {
        return java.util.Arrays.stream(byday.split(",")).map(ByDay::parse).toList();
    }

    private static List<LocalDate> dates(Recurrence r, LocalDateTime after, int max) {
        return r.next(Recurrence.london(after), max, 400, BankHolidays.ENGLAND_AND_WALES).stream()
                .map(s -> s.start().toLocalDate()).toList();
    }

    @Test
    void weeklyOnTheNamedDaysEveryNWeeks() {
        Recurrence tuesdaysAndThursdays = weekly("TU,TH", 1, LocalDate.of(2026, 11, 2), List.of());
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 8)),
                dates(tuesdaysAndThursdays, LocalDateTime.of(2026, 11, 30, 9, 0), 3));
        Recurrence fortnightly = weekly("MO", 2, LocalDate.of(2026, 11, 2), List.of());
        assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 28)),
                dates(fortnightly, LocalDateTime.of(2026, 11, 29, 9, 0), 3));
    }

    @Test
    void monthlyOnTheNthOrLastWeekdayOfTheMonth() {
        assertEquals(List.of(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 8)),
                dates(monthly("2MO"), LocalDateTime.of(2026, 11, 29, 9, 0), 3), "the second Monday");
        assertEquals(List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 29)),
                dates(monthly("-1FR"), LocalDateTime.of(2026, 11, 1, 9, 0), 3), "the last Friday");
        assertEquals(List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30)),
                dates(monthly("5TU"), LocalDateTime.of(2026, 3, 1, 9, 0), 2), "a fifth Tuesday, when there is one");
    }

    @Test
    void sessionsStayAtTenWhenTheClocksChange() {
        Recurrence sundays = weekly("SU", 1, LocalDate.of(2026, 3, 1), List.of());
        List<Session> around = sundays.next(Recurrence.london(LocalDateTime.of(2026, 3, 22, 9, 0)), 2, 30,
                BankHolidays.of(BankHolidays.Nation.ENGLAND_AND_WALES, "", ""));
        assertEquals(LocalTime.of(10, 0), around.get(0).start().toLocalTime());
        assertEquals(LocalTime.of(10, 0), around.get(1).start().toLocalTime());
        assertEquals(ZoneOffset.UTC, around.get(0).start().getOffset(), "22 March 2026: still GMT");
        assertEquals(ZoneOffset.ofHours(1), around.get(1).start().getOffset(), "29 March 2026: the clocks have gone forward, BST");
        assertEquals(LocalTime.of(9, 0), around.get(1).start().withZoneSameInstant(ZoneOffset.UTC).toLocalTime(),
                "10:00 in summer is 09:00 UTC: the wall clock stays, the instant moves");
    }

    @Test
    void exceptionsRemoveBankHolidaysAMonthAndCancelledDates() {
        Recurrence mondays = weekly("MO", 1, LocalDate.of(2026, 1, 5), List.of(
                new Recurrence.NotOnBankHolidays("The hall is closed on bank holidays"),
                new Recurrence.NotInMonth(Month.AUGUST, "Summer break"),
                new Recurrence.Cancelled(LocalDate.of(2026, 12, 7), "Hall booked for an election")));
        assertEquals(List.of(LocalDate.of(2026, 5, 11)), dates(mondays, LocalDateTime.of(2026, 5, 4, 0, 0), 1),
                "4 May 2026 is the early May bank holiday");
        assertTrue(dates(mondays, LocalDateTime.of(2026, 7, 28, 0, 0), 1).contains(LocalDate.of(2026, 9, 7)),
                "no sessions in August, and 31 August is a bank holiday anyway");
        assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 14)),
                dates(mondays, LocalDateTime.of(2026, 11, 29, 0, 0), 2));
    }

    @Test
    void validityAndTheStartBoundTheSessions() {
        Recurrence term = new Recurrence(Frequency.WEEKLY, 1, days("WE"), TEN, NOON, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 16), List.of());
        assertEquals(List.of(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 16)),
                dates(term, LocalDateTime.of(2026, 12, 8, 0, 0), 5), "none after the term ends");
        assertTrue(term.meetsOn(DayOfWeek.WEDNESDAY) && !term.meetsOn(DayOfWeek.MONDAY));
        assertEquals(List.of(LocalDate.of(2026, 12, 16)), dates(term, LocalDateTime.of(2026, 12, 9, 11, 0), 5).subList(
                1, 2), "a session still running counts as next");
    }

    @Test
    void aScheduleIsSaidInWords() {
        assertEquals("Every Tuesday and Thursday, 10:00 to 12:00",
                weekly("TU,TH", 1, LocalDate.of(2026, 1, 1), List.of()).inWords());
        assertEquals("Every other Monday, 10:00 to 12:00", weekly("MO", 2, LocalDate.of(2026, 1, 1), List.of())
                .inWords());
        assertEquals("Second Monday and last Friday of the month, 10:00 to 12:00", monthly("2MO,-1FR").inWords());
    }

    @Test
    void impossibleSchedulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Frequency.WEEKLY, 1, days("MO"), NOON,
                TEN, LocalDate.of(2026, 1, 1), null, null, List.of()), "closes before it opens");
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Frequency.WEEKLY, 1, days("MO"), TEN,
                NOON, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), List.of()),
                "ends before it starts");
        assertThrows(IllegalArgumentException.class, () -> weekly("2MO", 1, LocalDate.of(2026, 1, 1), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ByDay.parse("-2FR"));
        assertThrows(IllegalArgumentException.class, () -> ByDay.parse("Monday"));
        assertThrows(IllegalArgumentException.class, () -> weekly("MO", 0, LocalDate.of(2026, 1, 1), List.of()));
        assertEquals("2MO,-1FR", monthly("2MO,-1FR").bydayText());
    }
}
