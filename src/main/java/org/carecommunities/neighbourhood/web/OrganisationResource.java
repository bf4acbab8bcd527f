package org.carecommunities.neighbourhood.web;

import org.carecommunities.platform.Text;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Answers;

import org.carecommunities.platform.Refusal;
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
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationSummary;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.View;


/**
 * An organisation's steward keeps its public details (website, what it does) up to date. Only group stewards
 * acting for that organisation, and admins, may.
 */
@Path(Routes.ORGANISATIONS + "/{slug}/manage")
@Produces(MediaType.TEXT_HTML)
public class OrganisationResource {

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Authorisation authorisation;

    @Inject
    Answers answers;

    @GET
    public View form(@PathParam("slug") String slug, @QueryParam("saved") String saved) {
        OrganisationSummary organisation = stewardsOnly(slug);
        OrganisationForm form = new OrganisationForm(orEmpty(organisation.website()), orEmpty(organisation.description()));
        return view(new ManageOrganisationPage(organisation, form, Errors.NONE, saved != null));
    }

    /** Saved, the steward comes back to the form (303) with a note that everyone now sees the details. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, @FormParam("website") String website,
                         @FormParam("description") String description) {
        MemberDetails member = authorisation.requireMember();
        OrganisationForm form = new OrganisationForm(website, description);
        OrganisationSummary organisation = neighbourhoods.organisation(slug)
                .orElseThrow(() -> Refusal.notFound(Text.t("neighbourhood.noSuchOrganisation")).exception());
        return answers.submit(form, errors -> view(new ManageOrganisationPage(organisation, form, errors, false)),
                () -> neighbourhoods.describeOrganisation(slug, member, website, description),
                saved -> Response.seeOther(URI.create(Routes.manageOrganisation(slug) + "?saved")).build());
    }

    private OrganisationSummary stewardsOnly(String slug) {
        MemberDetails member = authorisation.requireMember();
        OrganisationSummary organisation = neighbourhoods.organisation(slug)
                .orElseThrow(() -> Refusal.notFound(Text.t("neighbourhood.noSuchOrganisation")).exception());
        if (!Neighbourhoods.mayDescribe(slug, member)) {
            throw Refusal.notPermitted(Text.t("neighbourhood.stewardsOnly")).exception();
        }
        return organisation;
    }

    private static View view(ManageOrganisationPage page) {
        return View.page(Text.errorPrefix(page.errors())
                + Text.t("neighbourhood.manageOrganisation.heading", "name", page.organisation().name()),
                "neighbourhood/manageOrganisation.jte", page);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
