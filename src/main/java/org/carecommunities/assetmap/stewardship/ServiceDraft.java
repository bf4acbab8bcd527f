package org.carecommunities.assetmap.stewardship;

import org.carecommunities.assetmap.services.HowToJoin;
import java.util.List;

/**
 * A service as its steward types it: every field as text (so a form can come back exactly as typed), with one
 * venue and one schedule (its main ones; others have forms of their own). {@link Stewardship} checks it and says what is wrong, field by field.
 *
 * @param days    the days it meets, as {@code MO}..{@code SU}
 * @param which   for a monthly schedule, which of those days in the month: 1 to 4, or -1 for the last
 */
public record ServiceDraft(String name, String description, List<String> categories, String minimumAge,
                           String maximumAge, String eligibility, boolean free, String cost, String howToJoin,
                           String languages, String phone, String email, String website, boolean online,
                           String venue, String address, String town, String postcode, boolean stepFree,
                           boolean hearingLoop, boolean accessibleToilet, boolean parking, String frequency,
                           String interval, List<String> days, String which, String opensAt, String closesAt,
                           String validFrom, String validTo) {

    public ServiceDraft {
        categories = categories == null ? List.of() : List.copyOf(categories);
        days = days == null ? List.of() : List.copyOf(days);
    }

    /** Its main venue's fields. */
    public VenueDraft venueDraft() {
        return new VenueDraft(venue, address, town, postcode, stepFree, hearingLoop, accessibleToilet, parking);
    }

    /** Its main times' fields. */
    public TimeDraft timeDraft() {
        return new TimeDraft(frequency, interval, days, which, opensAt, closesAt, validFrom, validTo);
    }

    /** An empty form for a new service. */
    public static ServiceDraft empty() {
        return new ServiceDraft("", "", List.of(), "", "", "", true, "", HowToJoin.JUST_TURN_UP.name(), "English", "",
                "", "", false, "", "", "", "", false, false, false, false, "WEEKLY", "1", List.of(), "", "", "", "",
                "");
    }
}
