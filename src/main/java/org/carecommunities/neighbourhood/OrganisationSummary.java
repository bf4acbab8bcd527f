package org.carecommunities.neighbourhood;

/** An organisation as other modules and pages show it. {@code website} may be null. */
public record OrganisationSummary(long id, String slug, String name, OrganisationKind kind, String website,
                                  String description) {
}
