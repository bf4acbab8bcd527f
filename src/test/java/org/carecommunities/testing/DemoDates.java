package org.carecommunities.testing;

import org.carecommunities.platform.Dates;
import org.carecommunities.platform.persistence.DemoCalendar;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Where the demo's dates stand in the database the tests run against, so that every expectation about a demo
 * date is computed from the same reference as the data: the demo's scripts are written for
 * {@link DemoCalendar#WRITTEN_FOR}, and the test server's database (new at each run) moved them by the weeks it
 * recorded in {@code demo_calendar} when it was made. Those weeks are read from the database (through
 * {@link DemoCalendarServlet} for a test outside the server), never computed from today: a run that crosses
 * midnight into a new week still expects what the data holds. A test names a date as the demo's scripts write it
 * and checks what the page shows now. Dates a test makes itself come from {@link #today()}, so the whole run can
 * be moved in time.
 */
public final class DemoDates {

    private final DemoCalendar calendar;

    private DemoDates(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    /** The demo's dates in the database of the portal deployed at {@code base}, for a test outside the server. */
    public static DemoDates of(URL base) {
        URI asked = URI.create(base.toString()).resolve(DemoCalendarServlet.PATH.substring(1));
        try (InputStream in = asked.toURL().openStream()) {
            return new DemoDates(DemoCalendar.movedBy(
                    Long.parseLong(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())));
        } catch (IOException e) {
            throw new UncheckedIOException("the demo's calendar from " + asked, e);
        }
    }

    /** The demo's dates in this database, for a test inside the server. */
    public static DemoDates in(DataSource database) {
        try {
            DemoCalendar recorded = DemoCalendar.recorded(database);
            if (recorded == null) {
                throw new IllegalStateException("no demo recorded in this database");
            }
            return new DemoDates(recorded);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Today, as the portal's clock has it (UTC), where this test runs. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A day this many days from today, typed as a form takes it ({@code 2027-06-30}). */
    public static String daysAhead(long days) {
        return today().plusDays(days).toString();
    }

    /** How many weeks the demo's dates moved. */
    public long weeks() {
        return calendar.weeks();
    }

    /** A day the demo's scripts write ({@code "2026-03-09"}), where it stands now. */
    public LocalDate day(String written) {
        return calendar.day(LocalDate.parse(written));
    }

    /** A UTC time the demo's scripts write ({@code "2026-12-03T18:00"}), where it stands now. */
    public LocalDateTime utc(String written) {
        return calendar.utc(LocalDateTime.parse(written));
    }

    /** That day as pages show it: "9 March 2026". */
    public String dayInWords(String written) {
        return Dates.day(day(written));
    }

    /** That time as pages show it, in UK time: "3 December 2026 at 18:00". */
    public String inWords(String written) {
        return Dates.inWords(utc(written));
    }

    /** The day (in UK time) of a UTC time the demo's scripts write, as pages show it: "9 March 2026". */
    public String dayInWordsOf(String written) {
        return Dates.day(Dates.toUk(utc(written)).toLocalDate());
    }
}
