package org.carecommunities.platform;

import java.util.Locale;

/**
 * SQL LIKE patterns from what people type: their {@code %} and {@code _} are matched as themselves (escaped with
 * a backslash, so queries say {@code ESCAPE '\'}), and matching ignores case (compare with a lower-cased column).
 */
public final class Like {

    private Like() {
    }

    /** A pattern matching any text that contains {@code text}, case-insensitively. */
    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    private static String escaped(String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.UK);
        return lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
