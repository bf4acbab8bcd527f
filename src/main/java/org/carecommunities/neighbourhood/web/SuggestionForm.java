package org.carecommunities.neighbourhood.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.neighbourhood.organisations.OrganisationSuggestion;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * "Suggest an organisation we have missed", as typed. Kept exactly as typed so that a form with errors comes
 * back as the person left it; {@code kind} is null when nothing (or something unknown) was chosen.
 */
public record SuggestionForm(
        @NotBlank(message = "{neighbourhood.suggest.nameRequired}")
        @Size(max = Neighbourhoods.ORGANISATION_NAME_MAX, message = "{neighbourhood.suggest.nameTooLong}")
        String name,

        @NotNull(message = "{neighbourhood.suggest.kindRequired}")
        OrganisationKind kind,

        @Size(max = Neighbourhoods.WEBSITE_MAX, message = "{neighbourhood.websiteTooLong}")
        @Pattern(regexp = "(?i)((https?://)?[a-z0-9.-]+\\.[a-z]{2,}(:[0-9]{1,5})?(/\\S*)?)?",
                message = "{neighbourhood.suggest.websiteLike}")
        String website,

        @Size(max = Neighbourhoods.EMAIL_MAX, message = "{neighbourhood.suggest.emailTooLong}")
        @Email(regexp = "(.+@.+\\..+)?", message = "{neighbourhood.suggest.emailLike}")
        String contactEmail,

        @Size(max = Neighbourhoods.NOTE_MAX, message = "{neighbourhood.suggest.noteTooLong}")
        String note) {

    public static final int NOTE_MAX = Neighbourhoods.NOTE_MAX;

    public static SuggestionForm empty() {
        return new SuggestionForm("", null, "", "", "");
    }

    /** The suggestion to store: blanks become absent, a website without a scheme gets https. */
    public OrganisationSuggestion toSuggestion() {
        String site = blankToNull(website);
        if (site != null && !site.toLowerCase(Locale.ROOT).matches("https?://.*")) {
            site = "https://" + site;
        }
        return new OrganisationSuggestion(name.strip(), kind, site, blankToNull(contactEmail), blankToNull(note));
    }

    public String kindCode() {
        return kind == null ? "" : kind.code();
    }

    /** The kinds to choose from, by code. */
    public List<org.carecommunities.platform.Choice> kinds() {
        return Arrays.stream(OrganisationKind.values())
                .map(k -> new org.carecommunities.platform.Choice(k.code(), k.label())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
