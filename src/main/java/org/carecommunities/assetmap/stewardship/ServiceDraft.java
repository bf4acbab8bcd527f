package org.carecommunities.assetmap.stewardship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.services.HowToJoin;
import org.carecommunities.platform.NameOf;

import java.util.List;

/**
 * A service as its steward types it: every field as text (so a form can come back exactly as typed), with one
 * venue and one schedule (its main ones; others have forms of their own). The shape of its own fields is checked
 * here, of its times' by {@link TimeDraft}; the rules that join fields or need data (a cost unless free, ages in
 * order, categories, where it happens) by {@link Stewardship}.
 *
 * @param days    the days it meets, as {@code MO}..{@code SU}
 * @param which   for a monthly schedule, which of those days in the month: 1 to 4, or -1 for the last
 */
public record ServiceDraft(
        @NotBlank(message = NAME)
        @Size(max = Service.NAME_MAX, message = "{assetmap.serviceDraft.nameMax}")
        String name,
        @NotBlank(message = DESCRIPTION)
        @Size(max = Service.DESCRIPTION_MAX, message = "{assetmap.serviceDraft.descriptionMax}")
        String description,
        List<String> categories,
        @Pattern(regexp = AGE, message = AGE_MESSAGE)
        String minimumAge,
        @Pattern(regexp = AGE, message = AGE_MESSAGE)
        String maximumAge,
        String eligibility, boolean free, String cost,
        @NameOf(value = HowToJoin.class, message = "{assetmap.serviceDraft.howToJoin}")
        String howToJoin,
        String languages,
        @Pattern(regexp = "\\s*(" + AssetMap.PHONE + ")?\\s*", message = "{assetmap.serviceDraft.phone}")
        String phone,
        @Pattern(regexp = "\\s*(" + AssetMap.EMAIL + ")?\\s*", message = "{assetmap.serviceDraft.email}")
        String email,
        @Pattern(regexp = "\\s*(" + AssetMap.WEBSITE + ")?\\s*", message = "{assetmap.form.website}")
        String website,
        boolean online, String venue, String address, String town, String postcode, boolean stepFree,
        boolean hearingLoop, boolean accessibleToilet, boolean parking,
        // its main times' fields: their shape is TimeDraft's (see timeDraft())
        String frequency, String interval, List<String> days, String which, String opensAt, String closesAt,
        String validFrom, String validTo) {

    static final String NAME = "{assetmap.serviceDraft.name}";
    static final String DESCRIPTION = "{assetmap.serviceDraft.description}";
    static final String AGE = "\\s*([0-9]{1,2}|1[01][0-9]|120)?\\s*";
    static final String AGE_MESSAGE = "{assetmap.serviceDraft.age}";

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

    /** An age typed, once checked, or null when left empty. */
    static Integer age(String typed) {
        return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
    }
}
