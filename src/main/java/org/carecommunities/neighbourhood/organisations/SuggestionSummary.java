package org.carecommunities.neighbourhood.organisations;

import org.carecommunities.neighbourhood.OrganisationKind;
import java.time.LocalDateTime;

/** A suggestion waiting for review, as the partnership board sees it. Optional fields may be null. */
public record SuggestionSummary(long id, String name, OrganisationKind kind, String website, String contactEmail,
                                String note, LocalDateTime suggestedAt) {
}
