package org.carecommunities.neighbourhood.web;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Refusal;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.places.NeighbourhoodDetails;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.NeighbourhoodBlock;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.List;
import java.util.Comparator;
import java.util.ArrayList;

/** A neighbourhood's page, and the form for suggesting an organisation it is missing. */
@Path(Routes.NEIGHBOURHOODS)
@Produces(MediaType.TEXT_HTML)
public class NeighbourhoodResource {

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @Inject
    Authorisation authorisation;

    /** What later modules add to a neighbourhood's page (its forums...). */
    @Inject
    Instance<NeighbourhoodBlock> blocks;

    /** There is no separate list: the home page is the list of neighbourhoods. */
    @GET
    public Response index() {
        return Response.seeOther(URI.create(Routes.HOME)).build();
    }

    @GET
    @Path("{slug}")
    public View show(@PathParam("slug") String slug) {
        NeighbourhoodDetails neighbourhood = find(slug);
        NeighbourhoodSummary summary = neighbourhood.summary();
        List<NeighbourhoodBlock.Block> gathered = new ArrayList<>();
        blocks.forEach(module -> module.block(summary).ifPresent(gathered::add));
        gathered.sort(Comparator.comparingInt(NeighbourhoodBlock.Block::order));
        return View.page(neighbourhood.name(), "neighbourhood/neighbourhood.jte",
                new NeighbourhoodPage(neighbourhood, gathered));
    }

    /** One block of the page alone, computed by the module that owns it: how the page loads and refreshes it. */
    @GET
    @Path("{slug}/blocks/{id}")
    public View block(@PathParam("slug") String slug, @PathParam("id") String id) {
        NeighbourhoodDetails neighbourhood = find(slug);
        NeighbourhoodSummary summary = neighbourhood.summary();
        NeighbourhoodBlock module = blocks.stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> Refusal.notFound(Text.t("neighbourhood.noSuchNeighbourhood")).exception());
        NeighbourhoodBlock.Block block = module.block(summary)
                .orElseThrow(() -> Refusal.notFound(Text.t("neighbourhood.noSuchPart")).exception());
        BlockFragment fragment = new BlockFragment(slug, block);
        return View.page(block.heading(), "neighbourhood/block.jte", fragment)
                .withPart(block.id(), "neighbourhood/block.jte", fragment);
    }

    @GET
    @Path("{slug}/suggest-organisation")
    public View suggestionForm(@PathParam("slug") String slug) {
        return suggestionView(new SuggestionPage(find(slug), SuggestionForm.empty(), Errors.NONE));
    }

    @POST
    @Path("{slug}/suggest-organisation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suggest(@PathParam("slug") String slug,
                            @FormParam("name") String name,
                            @FormParam("kind") String kind,
                            @FormParam("website") String website,
                            @FormParam("contactEmail") String contactEmail,
                            @FormParam("note") String note) {
        NeighbourhoodDetails neighbourhood = find(slug);
        SuggestionForm form = new SuggestionForm(name, OrganisationKind.fromCode(kind), website, contactEmail, note);
        return answers.submit(form, errors -> suggestionView(new SuggestionPage(neighbourhood, form, errors)),
                () -> neighbourhoods.suggestOrganisation(slug, form.toSuggestion()),
                id -> htmx.seeOther(URI.create(Routes.suggestionSent(slug)), sentView(neighbourhood)));
    }

    @GET
    @Path("{slug}/suggest-organisation/sent")
    public View suggestionSent(@PathParam("slug") String slug) {
        return sentView(find(slug));
    }

    /** The partnership board's review list: board members acting for an organisation serving it, and admins. */
    @GET
    @Path("{slug}/suggestions")
    public View suggestions(@PathParam("slug") String slug) {
        authorisation.requireSignedIn();
        NeighbourhoodDetails neighbourhood = find(slug);
        authorisation.requireRoleFor(Role.BOARD_MEMBER, neighbourhoods.organisationsServing(slug));
        return View.page(Text.t("neighbourhood.suggestions.title", "name", neighbourhood.name()),
                "neighbourhood/suggestions.jte",
                new SuggestionsPage(neighbourhood, neighbourhoods.waitingSuggestions(slug)));
    }

    private NeighbourhoodDetails find(String slug) {
        return neighbourhoods.find(slug)
                .orElseThrow(() -> Refusal.notFound(Text.t("neighbourhood.noSuchNeighbourhood")).exception());
    }

    private static View suggestionView(SuggestionPage page) {
        String title = Text.errorPrefix(page.errors())
                + Text.t("neighbourhood.suggest.title", "name", page.neighbourhood().name());
        return View.page(title, "neighbourhood/suggest.jte", page);
    }

    private static View sentView(NeighbourhoodDetails neighbourhood) {
        return View.page(Text.t("neighbourhood.suggestionSent.title"), "neighbourhood/suggestionSent.jte",
                new SuggestionSentPage(neighbourhood));
    }
}
