package org.carecommunities.neighbourhood.web;

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
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationSummary;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Forms;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.util.Set;

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
    Forms forms;

    @Inject
    Htmx htmx;

    @GET
    public View form(@PathParam("slug") String slug) {
        OrganisationSummary organisation = stewardsOnly(slug);
        OrganisationForm form = new OrganisationForm(orEmpty(organisation.website()), orEmpty(organisation.description()));
        return view(new ManageOrganisationPage(organisation, form, Errors.NONE, false));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, @FormParam("website") String website,
                         @FormParam("description") String description) {
        OrganisationSummary organisation = stewardsOnly(slug);
        OrganisationForm form = new OrganisationForm(website, description);
        Errors errors = forms.check(form);
        if (errors.any()) {
            return htmx.invalid(view(new ManageOrganisationPage(organisation, form, errors, false)));
        }
        OrganisationSummary saved = neighbourhoods.describeOrganisation(slug, website, description);
        return Response.ok(view(new ManageOrganisationPage(saved,
                new OrganisationForm(orEmpty(saved.website()), orEmpty(saved.description())), Errors.NONE, true)))
                .build();
    }

    private OrganisationSummary stewardsOnly(String slug) {
        authorisation.requireSignedIn();
        OrganisationSummary organisation = neighbourhoods.organisation(slug)
                .orElseThrow(() -> Refusal.notFound("There is no such organisation.").exception());
        authorisation.requireRoleFor(Role.GROUP_STEWARD, Set.of(slug));
        return organisation;
    }

    private static View view(ManageOrganisationPage page) {
        return View.page((page.errors().any() ? "Error: " : "") + "Manage " + page.organisation().name(),
                "neighbourhood/manageOrganisation.jte", page);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
