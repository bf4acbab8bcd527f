package org.carecommunities.assetmap.stewardship;

import java.util.List;

/**
 * Regular times as their steward types them, every field as text.
 *
 * @param days  the days it meets, as {@code MO}..{@code SU}
 * @param which for a monthly schedule, which of those days in the month: 1 to 4, or -1 for the last
 */
public record TimeDraft(String frequency, String interval, List<String> days, String which, String opensAt,
                        String closesAt, String validFrom, String validTo) {

    public TimeDraft {
        days = days == null ? List.of() : List.copyOf(days);
    }

    public static TimeDraft empty() {
        return new TimeDraft("WEEKLY", "1", List.of(), "", "", "", "", "");
    }
}
