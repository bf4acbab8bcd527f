package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.assetmap.search.ServiceQuery;
import org.carecommunities.assetmap.geo.Point;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;

/**
 * The asset map's filters, as they come in the query string (so a search can be shared as a link): words, a
 * category's code, a neighbourhood's id, a day, an age, free only and step-free; and where from: a postcode, or
 * the browser's location ({@code near}, "latitude,longitude", sent only when the person presses the button),
 * with the order (nearest first, or by name); and the time of day: a part of it ({@code time}: morning,
 * afternoon, evening) or from and to a time ({@code from}, {@code to}, which win over the part).
 */
public record FinderForm(
        @Size(max = ServiceQuery.WORDS_MAX, message = "{assetmap.finder.wordsTooLong}")
        String q,
        @Pattern(regexp = "[a-z-]{0,40}", message = "{assetmap.finder.chooseCategory}")
        String category,
        @Pattern(regexp = "\\d{0,9}", message = "{assetmap.finder.chooseNeighbourhood}")
        String neighbourhood,
        @Pattern(regexp = "(?i)(|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
                message = "{assetmap.finder.chooseDay}")
        String day,
        @Pattern(regexp = "|\\d{1,2}|1[01]\\d|120", message = "{assetmap.finder.ageLike}")
        String age,
        boolean free,
        boolean stepFree,
        @Size(max = 10, message = "{assetmap.finder.postcodeLike}")
        String postcode,
        @Pattern(regexp = "|-?\\d{1,2}(\\.\\d{1,8})?,-?\\d{1,3}(\\.\\d{1,8})?",
                message = "{assetmap.finder.locationUnread}")
        String near,
        @Pattern(regexp = "|distance|name", message = "{assetmap.finder.chooseOrder}")
        String sort,
        @Pattern(regexp = "(?i)(|morning|afternoon|evening)", message = "{assetmap.finder.chooseTime}")
        String time,
        @Pattern(regexp = "|([01]?\\d|2[0-3]):[0-5]\\d", message = "{assetmap.finder.timeLikeFrom}")
        String from,
        @Pattern(regexp = "|([01]?\\d|2[0-3]):[0-5]\\d", message = "{assetmap.finder.timeLikeTo}")
        String to) {

    /** The filters in the query string, by name (and the person's location): what {@link #without} drops. */
    enum Filter { Q, CATEGORY, NEIGHBOURHOOD, DAY, AGE, FREE, STEP_FREE, NEAR, TIME }

    /** Without a time of day (as links and forms from before it was a filter build it). */
    FinderForm(String q, String category, String neighbourhood, String day, String age, boolean free,
               boolean stepFree, String postcode, String near, String sort) {
        this(q, category, neighbourhood, day, age, free, stepFree, postcode, near, sort, null, null, null);
    }

    /** The parts of the day the finder offers, and the hours each covers. */
    enum PartOfDay {
        MORNING("assetmap.finder.morning", LocalTime.of(6, 0), LocalTime.of(12, 0)),
        AFTERNOON("assetmap.finder.afternoon", LocalTime.of(12, 0), LocalTime.of(17, 0)),
        EVENING("assetmap.finder.evening", LocalTime.of(17, 0), LocalTime.of(23, 59));

        /** Its name in the reader's language. */
        String label() {
            return Text.t(label);
        }

        final String label;
        final LocalTime from;
        final LocalTime to;

        PartOfDay(String label, LocalTime from, LocalTime to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }
    }

    /** From when, by the times typed or else the part of the day chosen (call only when valid). */
    LocalTime fromTime() {
        return !blank(from) ? time(from) : !blank(to) || blank(time) ? null : part().from;
    }

    /** Until when, by the times typed or else the part of the day chosen (call only when valid). */
    LocalTime toTime() {
        return !blank(to) ? time(to) : !blank(from) || blank(time) ? null : part().to;
    }

    private PartOfDay part() {
        return PartOfDay.valueOf(time.strip().toUpperCase(Locale.ROOT));
    }

    private static LocalTime time(String text) {
        String t = text.strip();
        return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    }

    /** The search these filters make from a place, if any (call only when they are valid). */
    ServiceQuery query(int page, Point from) {
        return new ServiceQuery(blank(q) ? null : q.strip(), blank(category) ? null : category,
                blank(neighbourhood) ? null : Long.valueOf(neighbourhood),
                blank(day) ? null : DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)),
                blank(age) ? null : Integer.valueOf(age), free, stepFree, from, from != null && !"name".equals(sort),
                page, fromTime(), toTime());
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
                || stepFree || !blank(time) || !blank(from) || !blank(to);
    }

    /** The same search without one filter: what to offer when nothing matches, or to stop using a location. */
    FinderForm without(Filter filter) {
        return new FinderForm(filter == Filter.Q ? null : q, filter == Filter.CATEGORY ? null : category,
                filter == Filter.NEIGHBOURHOOD ? null : neighbourhood, filter == Filter.DAY ? null : day,
                filter == Filter.AGE ? null : age, filter != Filter.FREE && free,
                filter != Filter.STEP_FREE && stepFree, postcode, filter == Filter.NEAR ? null : near, sort,
                filter == Filter.TIME ? null : time, filter == Filter.TIME ? null : from,
                filter == Filter.TIME ? null : to);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
