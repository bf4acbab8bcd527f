package org.carecommunities.neighbourhood.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.neighbourhood.Neighbourhoods;

/** An organisation's public details as its steward typed them. */
public record OrganisationForm(
        @Size(max = Neighbourhoods.WEBSITE_MAX, message = "{neighbourhood.websiteTooLong}")
        @Pattern(regexp = "(?i)(https?://[a-z0-9.-]+\\.[a-z]{2,}(:[0-9]{1,5})?(/\\S*)?)?",
                message = "{neighbourhood.manageOrganisation.websiteLike}")
        String website,

        @Size(max = Neighbourhoods.DESCRIPTION_MAX, message = "{neighbourhood.manageOrganisation.descriptionTooLong}")
        String description) {
}
