package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.places.NeighbourhoodDetails;

/** Thanks for a suggestion, and what happens next. */
public record SuggestionSentPage(NeighbourhoodDetails neighbourhood) {

    public String backUrl() {
        return Routes.neighbourhood(neighbourhood.slug());
    }

    public String anotherUrl() {
        return Routes.suggestOrganisation(neighbourhood.slug());
    }
}
