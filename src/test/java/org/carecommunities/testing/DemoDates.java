package org.carecommunities.testing;

import org.carecommunities.platform.Dates;
import org.carecommunities.platform.persistence.DemoCalendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Where the demo's dates stand in the database the tests run against, so that every expectation about a demo
 * date is computed from the same reference as the data: the demo's scripts are written for
 * {@link DemoCalendar#WRITTEN_FOR}, and the test server's database (new at each run) moved them to the week it
 * was created in, today. A test names a date as the demo's scripts write it and checks what the page shows now.
 * Dates a test makes itself come from {@link #today()} too, so the whole run can be moved in time.
 */
public final class DemoDates {

    private DemoDates() {
    }

    /** Today, as the portal's clock has it (UTC), where this test runs. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The demo's calendar in the test server's database, made today. */
    public static DemoCalendar calendar() {
        return DemoCalendar.loadedOn(today());
    }

    /** A day the demo's scripts write ({@code "2026-03-09"}), where it stands now. */
    public static LocalDate day(String written) {
        return calendar().day(LocalDate.parse(written));
    }

    /** A UTC time the demo's scripts write ({@code "2026-12-03T18:00"}), where it stands now. */
    public static LocalDateTime utc(String written) {
        return calendar().utc(LocalDateTime.parse(written));
    }

    /** That day as pages show it: "9 March 2026". */
    public static String dayInWords(String written) {
        return Dates.day(day(written));
    }

    /** That time as pages show it, in UK time: "3 December 2026 at 18:00". */
    public static String inWords(String written) {
        return Dates.inWords(utc(written));
    }

    /** The day (in UK time) of a UTC time the demo's scripts write, as pages show it: "9 March 2026". */
    public static String dayInWordsOf(String written) {
        return Dates.day(Dates.toUk(utc(written)).toLocalDate());
    }

    /** A day this many days from today, typed as a form takes it ({@code 2027-06-30}). */
    public static String daysAhead(long days) {
        return today().plusDays(days).toString();
    }
}
