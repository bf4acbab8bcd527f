package org.carecommunities.assetmap.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.assetmap.ServiceQuery;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * The asset map's filters, as they come in the query string (so a search can be shared as a link): words, a
 * category's code, a neighbourhood's id, a day, an age, free only and step-free.
 */
public record FinderForm(
        @Size(max = ServiceQuery.WORDS_MAX, message = "Search with " + ServiceQuery.WORDS_MAX
                + " characters or fewer")
        String q,
        @Pattern(regexp = "[a-z-]{0,40}", message = "Choose a category from the list")
        String category,
        @Pattern(regexp = "\\d{0,9}", message = "Choose a neighbourhood from the list")
        String neighbourhood,
        @Pattern(regexp = "(?i)(|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
                message = "Choose a day from the list")
        String day,
        @Pattern(regexp = "|\\d{1,2}|1[01]\\d|120", message = "Enter an age from 0 to 120, in years, like 70")
        String age,
        boolean free,
        boolean stepFree) {

    /** The search these filters make (call only when they are valid). */
    ServiceQuery query(int page) {
        return new ServiceQuery(blank(q) ? null : q.strip(), blank(category) ? null : category,
                blank(neighbourhood) ? null : Long.valueOf(neighbourhood),
                blank(day) ? null : DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)),
                blank(age) ? null : Integer.valueOf(age), free, stepFree, page);
    }

    boolean any() {
        return !blank(q) || !blank(category) || !blank(neighbourhood) || !blank(day) || !blank(age) || free
                || stepFree;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
