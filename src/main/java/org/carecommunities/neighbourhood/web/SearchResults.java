package org.carecommunities.neighbourhood.web;

import org.carecommunities.platform.Text;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Paged;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The neighbourhoods found for a query: a page of cards and the links to the pages around it. */
public record SearchResults(String query, Paged<NeighbourhoodSummary> found, Errors errors) {

    public List<NeighbourhoodCard> cards() {
        return found.items().stream().map(NeighbourhoodCard::new).toList();
    }

    /** What a screen reader announces when the results change, and the visible count. */
    public String summary() {
        long total = found.total();
        if (query == null || query.isBlank()) {
            return Text.t("neighbourhood.results.count", "count", total);
        }
        return Text.t("neighbourhood.results.matching", "count", total, "query", query.strip());
    }

    public String previousUrl() {
        return found.hasPrevious() ? Routes.search(query, found.page() - 1) : null;
    }

    public String nextUrl() {
        return found.hasNext() ? Routes.search(query, found.page() + 1) : null;
    }

    public String pageLabel() {
        return Text.t("platform.pages.pageOf", "page", found.page(), "pages", found.pages());
    }

    /** One neighbourhood in the list. */
    public record NeighbourhoodCard(NeighbourhoodSummary neighbourhood) {

        public String href() {
            return Routes.neighbourhood(neighbourhood.slug());
        }

        public String population() {
            return NumberFormat.getIntegerInstance(Locale.UK).format(neighbourhood.population());
        }

        public String districts() {
            return String.join(", ", neighbourhood.postcodeDistricts());
        }

        public String organisations() {
            return Text.t("neighbourhood.search.organisations", "count", neighbourhood.organisationCount());
        }
    }
}
