package org.carecommunities.neighbourhood.organisations;

import org.carecommunities.neighbourhood.OrganisationKind;

/**
 * Someone's suggestion of an organisation missing from a neighbourhood's page, as checked by the form.
 * {@code website}, {@code contactEmail} and {@code note} may be null.
 */
public record OrganisationSuggestion(String name, OrganisationKind kind, String website, String contactEmail,
                                     String note) {
}
