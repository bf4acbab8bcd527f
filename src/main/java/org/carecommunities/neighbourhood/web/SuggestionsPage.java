package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.places.NeighbourhoodDetails;
import org.carecommunities.neighbourhood.organisations.SuggestionSummary;

import java.util.List;

/** The partnership board's list of organisations that people say are missing from their neighbourhood. */
public record SuggestionsPage(NeighbourhoodDetails neighbourhood, List<SuggestionSummary> suggestions) {

    public String suggested(SuggestionSummary suggestion) {
        return org.carecommunities.platform.Dates.day(suggestion.suggestedAt().toLocalDate());
    }

    public String backUrl() {
        return Routes.neighbourhood(neighbourhood.slug());
    }
}
