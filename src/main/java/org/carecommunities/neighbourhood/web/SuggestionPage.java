package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.places.NeighbourhoodDetails;
import org.carecommunities.platform.Errors;

/** The suggestion form for a neighbourhood, blank or with what was typed and what is wrong with it. */
public record SuggestionPage(NeighbourhoodDetails neighbourhood, SuggestionForm form, Errors errors) {

    public String action() {
        return Routes.suggestOrganisation(neighbourhood.slug());
    }

    public String backUrl() {
        return Routes.neighbourhood(neighbourhood.slug());
    }
}
