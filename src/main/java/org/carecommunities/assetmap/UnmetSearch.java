package org.carecommunities.assetmap;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecommunities.platform.Text;

/**
 * A search that found nothing, counted over some days: its words, its filters and how many times. The filters are
 * kept in one fixed form, whatever language the searcher read in ({@code category <slug>, on <Day>, from HH:MM until
 * HH:MM, age N, free, step-free}, the form {@link AssetMap#noteUnmet} has always written), so the same search is
 * counted as one; {@link #filtersInWords()} says them in the reader's language.
 */
public record UnmetSearch(String words, String filters, long times) {

    private static final Pattern CATEGORY = Pattern.compile("category (\\S+)");
    private static final Pattern DAY = Pattern.compile("on ([A-Za-z]+)");
    private static final Pattern HOURS = Pattern.compile("(?:from (\\d{1,2}:\\d{2}))? ?(?:until (\\d{1,2}:\\d{2}))?");
    private static final Pattern AGE = Pattern.compile("age (\\d{1,3})");

    /** A search's filters in the fixed form they are kept in (empty when it has none). */
    static String kept(org.carecommunities.assetmap.search.ServiceQuery query) {
        java.util.List<String> filters = new java.util.ArrayList<>();
        if (query.category() != null) {
            filters.add("category " + query.category());
        }
        if (query.day() != null) {
            filters.add("on " + query.day().getDisplayName(TextStyle.FULL, Locale.UK));
        }
        if (query.from() != null || query.to() != null) {
            filters.add((query.from() == null ? "" : "from " + query.from()) + (query.from() != null
                    && query.to() != null ? " " : "") + (query.to() == null ? "" : "until " + query.to()));
        }
        if (query.age() != null) {
            filters.add("age " + query.age());
        }
        if (query.freeOnly()) {
            filters.add("free");
        }
        if (query.stepFree()) {
            filters.add("step-free");
        }
        return String.join(", ", filters);
    }

    /** The filters in the reader's language, each as it was kept when it is not one the asset map knows. */
    public String filtersInWords() {
        if (filters == null || filters.isBlank()) {
            return "";
        }
        return String.join(", ", Arrays.stream(filters.split(", ")).map(UnmetSearch::inWords).toList());
    }

    private static String inWords(String filter) {
        Matcher m;
        if ((m = CATEGORY.matcher(filter)).matches()) {
            return Text.t("assetmap.unmet.category", "category", m.group(1));
        }
        if ((m = DAY.matcher(filter)).matches()) {
            try {
                return Text.t("assetmap.unmet.day", "day", DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))
                        .getDisplayName(TextStyle.FULL, Text.current().locale()));
            } catch (IllegalArgumentException unknown) {
                return filter;
            }
        }
        if ((m = AGE.matcher(filter)).matches()) {
            return Text.t("assetmap.unmet.age", "age", Integer.parseInt(m.group(1)));
        }
        if (filter.equals("free")) {
            return Text.t("assetmap.unmet.free");
        }
        if (filter.equals("step-free")) {
            return Text.t("assetmap.unmet.stepFree");
        }
        if (!filter.isEmpty() && (m = HOURS.matcher(filter)).matches()) {
            return Text.t("assetmap.unmet.hours", "from", m.group(1) == null ? "" : m.group(1), "until",
                    m.group(2) == null ? "" : m.group(2), "both", String.valueOf(m.group(1) != null
                            && m.group(2) != null), "fromOnly", String.valueOf(m.group(2) == null));
        }
        return filter;
    }
}
