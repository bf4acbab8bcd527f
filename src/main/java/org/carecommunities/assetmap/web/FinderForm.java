package org.carecommunities.assetmap.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.assetmap.ServiceQuery;
import org.carecommunities.assetmap.geo.Point;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * The asset map's filters, as they come in the query string (so a search can be shared as a link): words, a
 * category's code, a neighbourhood's id, a day, an age, free only and step-free; and where from: a postcode, or
 * the browser's location ({@code near}, "latitude,longitude", sent only when the person presses the button),
 * with the order (nearest first, or by name).
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
        boolean stepFree,
        @Size(max = 10, message = "Enter a full postcode, like KM2 4AB")
        String postcode,
        @Pattern(regexp = "|-?\\d{1,2}(\\.\\d{1,8})?,-?\\d{1,3}(\\.\\d{1,8})?",
                message = "Your location could not be read. Enter a postcode instead")
        String near,
        @Pattern(regexp = "|distance|name", message = "Choose nearest first or by name")
        String sort) {

    /** The filters in the query string, by name (and the person's location): what {@link #without} drops. */
    enum Filter { Q, CATEGORY, NEIGHBOURHOOD, DAY, AGE, FREE, STEP_FREE, NEAR }

    /** The search these filters make from a place, if any (call only when they are valid). */
    ServiceQuery query(int page, Point from) {
        return new ServiceQuery(blank(q) ? null : q.strip(), blank(category) ? null : category,
                blank(neighbourhood) ? null : Long.valueOf(neighbourhood),
                blank(day) ? null : DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)),
                blank(age) ? null : Integer.valueOf(age), free, stepFree, from, from != null && !"name".equals(sort),
                page);
    }

    /** The browser's location, when it was sent and is a place on the earth. */
    Point nearPoint() {
        if (blank(near)) {
            return null;
        }
        String[] parts = near.split(",");
        try {
            return new Point(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean any() {
        return !blank(q) || !blank(category) || !blank(neighbourhood) || !blank(day) || !blank(age) || free
                || stepFree;
    }

    /** The same search without one filter: what to offer when nothing matches, or to stop using a location. */
    FinderForm without(Filter filter) {
        return new FinderForm(filter == Filter.Q ? null : q, filter == Filter.CATEGORY ? null : category,
                filter == Filter.NEIGHBOURHOOD ? null : neighbourhood, filter == Filter.DAY ? null : day,
                filter == Filter.AGE ? null : age, filter != Filter.FREE && free,
                filter != Filter.STEP_FREE && stepFree, postcode, filter == Filter.NEAR ? null : near, sort);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
