package org.carecommunities.assetmap.stewardship;

import jakarta.validation.constraints.Pattern;
import org.carecommunities.platform.IsoDate;
import org.carecommunities.platform.TimeOfDay;

import java.util.List;

/**
 * Regular times as their steward types them, every field as text. The shape of each field is checked here; that
 * days and times are given together, the end after the start and the last date after the first, by
 * {@link Stewardship}.
 *
 * @param days  the days it meets, as {@code MO}..{@code SU}
 * @param which for a monthly schedule, which of those days in the month: 1 to 4, or -1 for the last
 */
public record TimeDraft(
        String frequency,
        @Pattern(regexp = "\\s*([1-9]|1[0-2])?\\s*", message = "{assetmap.timeDraft.interval}")
        String interval,
        List<@Pattern(regexp = "MO|TU|WE|TH|FR|SA|SU", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "{assetmap.timeDraft.days}") String> days,
        @Pattern(regexp = "\\s*(-1|[1-4])?\\s*", message = WHICH)
        String which,
        @TimeOfDay String opensAt, @TimeOfDay String closesAt,
        @IsoDate String validFrom, @IsoDate String validTo) {

    static final String WHICH = "{assetmap.timeDraft.which}";

    /** Whether it repeats monthly (anything else is weekly). */
    boolean monthly() {
        return "MONTHLY".equals(frequency);
    }

    /** Every how many weeks or months, once checked (empty is 1). */
    int every() {
        return interval == null || interval.isBlank() ? 1 : Integer.parseInt(interval.strip());
    }

    /** Which of its days in the month, once checked: 1 to 4, -1 for the last, 0 for a weekly schedule. */
    int week() {
        return monthly() ? Integer.parseInt(which.strip()) : 0;
    }

    public TimeDraft {
        days = days == null ? List.of() : List.copyOf(days);
    }

    public static TimeDraft empty() {
        return new TimeDraft("WEEKLY", "1", List.of(), "", "", "", "", "");
    }
}
