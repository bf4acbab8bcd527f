package org.carecommunities.neighbourhood.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Forms;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.View;

import java.util.ArrayList;
import java.util.List;

/** The home page: find a neighbourhood by name or postcode; the search is in the query string, so shareable. */
@Path(Routes.HOME)
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Forms forms;

    @Inject
    Htmx htmx;

    @Inject
    CurrentMember current;

    @GET
    public Response home(@QueryParam("q") String query, @QueryParam("page") String page) {
        Errors errors = forms.check(new SearchForm(query));
        Paged<NeighbourhoodSummary> found = errors.any()
                ? new Paged<>(List.of(), 1, Neighbourhoods.PAGE_SIZE, 0)
                : neighbourhoods.search(query, Paged.pageNumber(page));
        NeighbourhoodSummary yours = current.member().flatMap(m -> neighbourhoods.byId(m.homeNeighbourhoodId()))
                .orElse(null);
        if (yours != null && found.page() == 1 && (query == null || query.isBlank())) {
            found = yoursFirst(found, yours);
        }
        SearchResults results = new SearchResults(query, found, errors);
        View view = View.page(Text.t("neighbourhood.home.findYourNeighbourhood"), "neighbourhood/home.jte",
                        new HomePage(yours, query, errors, results))
                .withPart(Routes.RESULTS_ID, "neighbourhood/results.jte", results);
        return errors.any() ? htmx.invalid(view) : Response.ok(view).build();
    }

    /** The whole list's first page with the member's own neighbourhood at the top. */
    private static Paged<NeighbourhoodSummary> yoursFirst(Paged<NeighbourhoodSummary> found, NeighbourhoodSummary yours) {
        List<NeighbourhoodSummary> items = new ArrayList<>(found.items());
        if (items.removeIf(n -> n.id() == yours.id())) {
            items.add(0, yours);
        }
        return new Paged<>(items, found.page(), found.size(), found.total());
    }
}
