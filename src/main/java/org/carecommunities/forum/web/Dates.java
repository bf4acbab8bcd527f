package org.carecommunities.forum.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the forum pages show when something happened (stored in UTC, shown in UK time). */
final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

    private Dates() {
    }

    static String shown(LocalDateTime utc) {
        return utc == null ? "" : SHOWN.format(utc.atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(UK));
    }

    static String iso(LocalDateTime utc) {
        return utc == null ? "" : utc.atOffset(java.time.ZoneOffset.UTC).toString();
    }
}
