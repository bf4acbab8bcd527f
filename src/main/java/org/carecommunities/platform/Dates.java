package org.carecommunities.platform;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How pages show when something happened: times are stored in UTC and shown in UK time, in the reader's language
 * ("29 November 2026", "29 Tachwedd 2026").
 */
public final class Dates {

    /** Each language's patterns ({@code platform.date.*} in its bundle), made once. */
    private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private Dates() {
    }

    /** Short, for lists: "22 Nov 2026, 09:00". */
    public static String shown(LocalDateTime utc) {
        return utc == null ? "" : format("platform.date.short").format(uk(utc));
    }

    /** In words, for sentences: "29 November 2026 at 09:00". */
    public static String inWords(LocalDateTime utc) {
        return utc == null ? "" : format("platform.date.dayAndTime").format(uk(utc));
    }

    /** A day, in words: "29 November 2026". */
    public static String day(java.time.LocalDate day) {
        return day == null ? "" : format("platform.date.day").format(day);
    }

    /** The current language's pattern with this key, with its month and day names. */
    private static DateTimeFormatter format(String key) {
        Text.Language language = Text.current();
        return FORMATS.computeIfAbsent(language.id() + ":" + key, ignored -> DateTimeFormatter.ofPattern(
                Text.t(language, key), language.locale()));
    }

    /** RFC 3339 in UTC, always with seconds: {@code 2026-11-27T10:00:00Z} (never {@code 2026-11-27T10:00Z}). */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'",
            Locale.ROOT);

    /** For {@code <time datetime>}. */
    public static String iso(LocalDateTime utc) {
        return utc == null ? "" : rfc3339(utc);
    }

    /**
     * A UTC time as an RFC 3339 date-time with seconds (what JSON Schema's {@code date-time} format and the
     * published feeds take), to the second.
     */
    public static String rfc3339(LocalDateTime utc) {
        return RFC_3339.format(utc);
    }

    /** An instant as an RFC 3339 date-time in UTC, to the second. */
    public static String rfc3339(java.time.Instant instant) {
        return rfc3339(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A UK wall-clock time (as people type a meeting's time) as UTC, the way times are stored. */
    public static LocalDateTime fromUk(LocalDateTime ukTime) {
        return ukTime.atZone(UK).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** A stored UTC time as UK wall-clock time (to fill a form with it). */
    public static LocalDateTime toUk(LocalDateTime utc) {
        return uk(utc).toLocalDateTime();
    }

    private static java.time.ZonedDateTime uk(LocalDateTime utc) {
        return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(UK);
    }

    /** A day typed as ISO (2027-01-31), or null when left empty; one that does not read throws. */
    public static java.time.LocalDate readDay(String text) {
        return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
    }

    /** A time of day typed as 18:00 or 09:30, or null when left empty; one that does not read throws. */
    public static java.time.LocalTime readTime(String text) {
        return text == null || text.isBlank() ? null : java.time.LocalTime.parse(text.strip());
    }
}
