package org.carecommunities.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.identity.Members;

/**
 * The member profile form, as typed: the name others see (a pseudonym is fine for residents) and the home
 * neighbourhood, picked from the list or found by postcode.
 */
public record ProfileForm(
        @NotBlank(message = "{identity.profile.nameRequired}")
        @Size(max = Members.DISPLAY_NAME_MAX, message = "{identity.profile.nameTooLong}")
        @Pattern(regexp = Members.DISPLAY_NAME_PATTERN,
                message = "{identity.profile.nameCharacters}")
        String displayName,

        String neighbourhood,

        @Size(max = POSTCODE_MAX, message = "{identity.profile.postcodeLike}")
        String postcode) {

    /** The longest postcode typed: the longest UK postcode with a space, and a little room. */
    public static final int POSTCODE_MAX = 10;

    public boolean hasPostcode() {
        return postcode != null && !postcode.isBlank();
    }
}
