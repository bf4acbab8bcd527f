package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.places.NeighbourhoodDetails;
import org.carecommunities.neighbourhood.organisations.SuggestionSummary;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The partnership board's list of organisations that people say are missing from their neighbourhood. */
public record SuggestionsPage(NeighbourhoodDetails neighbourhood, List<SuggestionSummary> suggestions) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String suggested(SuggestionSummary suggestion) {
        return DAY.format(suggestion.suggestedAt());
    }

    public String backUrl() {
        return Routes.neighbourhood(neighbourhood.slug());
    }
}
