package org.carecommunities.platform.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the demo data stands in time. The demo's scripts are written as if today were {@link #WRITTEN_FOR} (a
 * Thursday): the last board meeting four weeks back, the next one a week ahead (Thursday evening), a commitment a month overdue, posts from
 * last week. When the demo is loaded, every date in its scripts moves by the same whole number of weeks, to the
 * week the database is created in, so the demo reads as it did when it was written whatever day that is, and
 * weekdays stay (a Thursday evening meeting stays a Thursday evening; times keep their UK wall-clock hour).
 *
 * <p>The number of weeks is rounded down, so "today" in the moved demo is at most six days after its Thursday:
 * nothing written as past (before {@link #WRITTEN_FOR}) ever lies in the future, and what is written as coming
 * is at least a week after it, so Kingsmead's next meeting is always days ahead, its public agenda out. The weeks are recorded in {@code demo_calendar} when the demo first loads; a set added
 * later moves by the same weeks, so a database left running ages, but a new one never starts old.
 *
 * <p>What moves: ISO dates and times anywhere in a script ({@code '2026-10-29 18:00:00'}, a version's
 * {@code "review":"2026-12-15"}), and dates in prose ("29 October 2026", "3 November"). Digests and hashes over
 * those dates are sealed again afterwards by their owners ({@link org.carecommunities.platform.DemoDataLoaded}).
 */
public final class DemoCalendar {

    /** The day the demo's scripts were written as "today". */
    public static final LocalDate WRITTEN_FOR = LocalDate.of(2026, 11, 26);

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:([ T])(\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?)?(?![\\d])");
    private static final Pattern PROSE = Pattern.compile("(?<!\\d)([1-9]|[12]\\d|3[01]) (" + String.join("|",
            Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.UK)).toList())
            + ")(?: (\\d{4}))?\\b");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final long weeks;

    private DemoCalendar(long weeks) {
        this.weeks = weeks;
    }

    /** The demo loaded on {@code day}: moved by the whole weeks from {@link #WRITTEN_FOR} to it, rounded down. */
    public static DemoCalendar loadedOn(LocalDate day) {
        return new DemoCalendar(Math.floorDiv(ChronoUnit.DAYS.between(WRITTEN_FOR, day), 7));
    }

    /** The demo moved by this many weeks, as a database recorded it. */
    public static DemoCalendar movedBy(long weeks) {
        return new DemoCalendar(weeks);
    }

    /** The demo as written (moved by no weeks): a database that loaded it before it moved. */
    static DemoCalendar asWritten() {
        return new DemoCalendar(0);
    }

    /** How many weeks the demo's dates moved. */
    public long weeks() {
        return weeks;
    }

    /** Where a day the demo was written with now stands. */
    public LocalDate day(LocalDate written) {
        return written.plusWeeks(weeks);
    }

    /** Where a UTC time the demo was written with now stands, at the same UK wall-clock time. */
    public LocalDateTime utc(LocalDateTime writtenUtc) {
        return writtenUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(UK).plusWeeks(weeks)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** A demo script with every date in it moved. */
    public String script(String text) {
        if (weeks == 0) {
            return text;
        }
        return prose(iso(text));
    }

    private String iso(String text) {
        Matcher m = ISO.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            LocalDate day;
            try {
                day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException notADate) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String moved;
            if (m.group(4) == null) {
                moved = day(day).toString();
            } else {
                LocalTime time = LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                        m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
                LocalDateTime at = utc(day.atTime(time));
                moved = at.toLocalDate() + m.group(4)
                        + (m.group(7) == null ? MINUTES : SECONDS).format(at.toLocalTime())
                        + (m.group(8) == null ? "" : m.group(8));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(moved));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String prose(String text) {
        Matcher m = PROSE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            Month month = Stream.of(Month.values())
                    .filter(x -> x.getDisplayName(TextStyle.FULL, Locale.UK).equals(m.group(2))).findFirst()
                    .orElseThrow();
            int dayOfMonth = Integer.parseInt(m.group(1));
            LocalDate written;
            try {
                written = m.group(3) != null ? LocalDate.of(Integer.parseInt(m.group(3)), month, dayOfMonth)
                        : nearestToWriting(month, dayOfMonth);
            } catch (DateTimeException notADate) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            LocalDate moved = day(written);
            String shown = moved.getDayOfMonth() + " " + moved.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
                    + (m.group(3) != null ? " " + moved.getYear() : "");
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "3 November" without its year: the one nearest the day the demo was written. */
    private static LocalDate nearestToWriting(Month month, int dayOfMonth) {
        return Stream.of(-1, 0, 1).map(y -> WRITTEN_FOR.getYear() + y)
                .filter(y -> dayOfMonth <= month.length(java.time.Year.isLeap(y)))
                .map(y -> LocalDate.of(y, month, dayOfMonth))
                .min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(WRITTEN_FOR, d))))
                .orElseThrow(() -> new DateTimeException("no " + month + " " + dayOfMonth));
    }

    /**
     * The calendar of the demo in this database: as recorded when it first loaded, or, the first time, recorded
     * now for {@code today} (as written where the demo loaded before it moved with the day).
     */
    static DemoCalendar kept(DataSource dataSource, LocalDate today) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DemoCalendar recorded = recorded(connection);
            if (recorded != null) {
                return recorded;
            }
            DemoCalendar calendar = demoLoadedBefore(connection) ? asWritten() : loadedOn(today);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO demo_calendar (id, loaded_on, weeks_moved) VALUES (1, ?, ?)")) {
                insert.setDate(1, Date.valueOf(today));
                insert.setLong(2, calendar.weeks);
                insert.executeUpdate();
            } catch (SQLException anotherServerWasFirst) {
                DemoCalendar theirs = recorded(connection);
                if (theirs == null) {
                    throw anotherServerWasFirst;
                }
                return theirs;
            }
            return calendar;
        }
    }

    /** The calendar recorded in this database, or null where no demo has loaded since the demo moved. */
    public static DemoCalendar recorded(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return recorded(connection);
        }
    }

    private static DemoCalendar recorded(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT weeks_moved FROM demo_calendar WHERE id = 1"); ResultSet row = select.executeQuery()) {
            return row.next() ? new DemoCalendar(row.getLong(1)) : null;
        }
    }

    private static boolean demoLoadedBefore(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {Migrator.DEMO_HISTORY, Migrator.DEMO_HISTORY.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = meta.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
