package org.carecommunities.assetmap.domain;

import org.carecommunities.platform.Text;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recurring session as Open Referral (HSDS 3.0) describes it, in Europe/London local time, so a session at 10:00
 * stays at 10:00 when the clocks change: weekly or monthly ({@code freq}), every {@code interval} weeks or months
 * from {@code dtstart}, on the days {@code byday} names ({@code MO,WE}; monthly also {@code 2MO}, the second
 * Monday, or {@code -1FR}, the last Friday), from {@code opensAt} to {@code closesAt}, within {@code validFrom}
 * and {@code validTo}; less the exceptions HSDS cannot say (not on bank holidays, not in a month, cancelled on a
 * date).
 */
public record Recurrence(Frequency freq, int interval, List<ByDay> byday, LocalTime opensAt, LocalTime closesAt,
                         LocalDate dtstart, LocalDate validFrom, LocalDate validTo, List<Exclusion> exceptions) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern BYDAY = Pattern.compile("([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)");

    /** How often a session repeats. */
    public enum Frequency { WEEKLY, MONTHLY }

    /** A day of the week, and for monthly schedules which one in the month (1 to 5, or -1 for the last). */
    public record ByDay(int ordinal, DayOfWeek day) {

        /** {@code MO}, {@code 2MO}, {@code -1FR}; throws for anything else. */
        public static ByDay parse(String text) {
            Matcher m = BYDAY.matcher(text.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("Not a day: " + text);
            }
            int ordinal = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            if (ordinal < -1) {
                throw new IllegalArgumentException("Only the last (-1) counts from the end of a month: " + text);
            }
            return new ByDay(ordinal, day(m.group(2)));
        }

        @Override
        public String toString() {
            return (ordinal == 0 ? "" : String.valueOf(ordinal)) + day.name().substring(0, 2);
        }

        private static DayOfWeek day(String code) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().startsWith(code)) {
                    return day;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }

    /** A day the session does not happen, with the reason people are told. */
    public sealed interface Exclusion {
        String reason();

        boolean excludes(LocalDate date, BankHolidays bankHolidays);
    }

    /** Cancelled on one date. */
    public record Cancelled(LocalDate date, String reason) implements Exclusion {
        @Override
        public boolean excludes(LocalDate day, BankHolidays bankHolidays) {
            return date.equals(day);
        }
    }

    /** Not in a month, every year (a summer break). */
    public record NotInMonth(Month month, String reason) implements Exclusion {
        @Override
        public boolean excludes(LocalDate day, BankHolidays bankHolidays) {
            return day.getMonth() == month;
        }
    }

    /** Not on bank holidays (England and Wales). */
    public record NotOnBankHolidays(String reason) implements Exclusion {
        @Override
        public boolean excludes(LocalDate day, BankHolidays bankHolidays) {
            return bankHolidays.contains(day);
        }
    }

    /** One session: when it starts and ends, as instants in London time. */
    public record Session(ZonedDateTime start, ZonedDateTime end) {
    }

    public Recurrence {
        if (interval < 1) {
            throw new IllegalArgumentException("A schedule repeats every 1 or more weeks or months");
        }
        if (byday.isEmpty()) {
            throw new IllegalArgumentException("A schedule names at least one day");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A session closes after it opens");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A schedule ends on or after the day it starts");
        }
        if (freq == Frequency.WEEKLY && byday.stream().anyMatch(d -> d.ordinal() != 0)) {
            throw new IllegalArgumentException("A weekly schedule names plain days (MO), not the nth day of a month");
        }
        byday = List.copyOf(byday);
        exceptions = List.copyOf(exceptions);
    }

    /** The {@code byday} text, as HSDS writes it: {@code MO,TH} or {@code 2MO}. */
    public String bydayText() {
        return String.join(",", byday.stream().map(ByDay::toString).toList());
    }

    /**
     * The next sessions that end after {@code after}, at most {@code max}, looking no further than {@code horizon}
     * days ahead.
     */
    public List<Session> next(ZonedDateTime after, int max, int horizon, BankHolidays bankHolidays) {
        List<Session> sessions = new ArrayList<>();
        LocalDate from = after.withZoneSameInstant(LONDON).toLocalDate();
        for (LocalDate date = from; sessions.size() < max && !date.isAfter(from.plusDays(horizon));
             date = date.plusDays(1)) {
            LocalDate day = date;
            if (occursOn(day) && exceptions.stream().noneMatch(e -> e.excludes(day, bankHolidays))) {
                Session session = new Session(ZonedDateTime.of(day, opensAt, LONDON),
                        ZonedDateTime.of(day, closesAt, LONDON));
                if (session.end().isAfter(after)) {
                    sessions.add(session);
                }
            }
        }
        return sessions;
    }

    /** Whether the schedule (before exceptions) has a session on that day. */
    public boolean occursOn(LocalDate day) {
        if (day.isBefore(dtstart) || validFrom != null && day.isBefore(validFrom)
                || validTo != null && day.isAfter(validTo)) {
            return false;
        }
        if (freq == Frequency.WEEKLY) {
            long weeks = ChronoUnit.WEEKS.between(dtstart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            return weeks % interval == 0 && byday.stream().anyMatch(d -> d.day() == day.getDayOfWeek());
        }
        long months = ChronoUnit.MONTHS.between(dtstart.withDayOfMonth(1), day.withDayOfMonth(1));
        return months % interval == 0 && byday.stream().anyMatch(d -> matchesInMonth(d, day));
    }

    /** Whether the schedule could ever meet on that day of the week (for "open on Tuesdays" searches). */
    public boolean meetsOn(DayOfWeek day) {
        return byday.stream().anyMatch(d -> d.day() == day);
    }

    private static boolean matchesInMonth(ByDay by, LocalDate day) {
        if (by.day() != day.getDayOfWeek()) {
            return false;
        }
        if (by.ordinal() == 0) {
            return true;
        }
        if (by.ordinal() == -1) {
            return day.plusWeeks(1).getMonth() != day.getMonth();
        }
        return (day.getDayOfMonth() - 1) / 7 + 1 == by.ordinal();
    }

    /**
     * The schedule in words, in the reader's language: "Every Tuesday and Thursday, 10:00 to 12:00", "Last Friday
     * of the month, ...".
     */
    public String inWords() {
        Locale language = Text.current().locale();
        String said;
        if (freq == Frequency.WEEKLY) {
            said = Text.t("assetmap.recurrence.weekly", "interval", interval, "days",
                    Text.list(byday.stream().map(d -> dayName(d.day(), language)).toList()), "opens",
                    opensAt.toString(), "closes", closesAt.toString());
        } else {
            said = Text.t("assetmap.recurrence.monthly", "interval", interval, "days",
                    Text.list(byday.stream().map(d -> Text.t("assetmap.recurrence.nth", "which",
                            ordinal(d.ordinal()), "day", dayName(d.day(), language))).toList()), "opens",
                    opensAt.toString(), "closes", closesAt.toString());
        }
        return said.isEmpty() ? said : said.substring(0, 1).toUpperCase(language) + said.substring(1);
    }

    private static String dayName(DayOfWeek day, Locale language) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, language);
    }

    /** Which of the month's days, as the bundle's message selects it. */
    private static String ordinal(int n) {
        return switch (n) {
            case 0 -> "every";
            case -1 -> "last";
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            default -> "fifth";
        };
    }

    /** Convenience for a local time in London, for tests and callers that think in wall-clock time. */
    public static ZonedDateTime london(LocalDateTime at) {
        return at.atZone(LONDON);
    }
}
