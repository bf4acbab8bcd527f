package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.assetmap.stewardship.VenueDraft;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.net.URI;

/** A steward adds, changes and removes the venues of one of their group's services, each on a form of its own. */
@Path(AssetMapLinks.GROUPS + "/{slug}/services/{id}/venues")
@Produces(MediaType.TEXT_HTML)
public class ServiceVenuesResource {

    @Inject
    Stewardship stewardship;

    @Inject
    Authorisation authorisation;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @GET
    @Path("new")
    public View add(@PathParam("slug") String slug, @PathParam("id") String id) {
        Stewardship.Editable service = StewardForms.editable(stewardship, slug, id, authorisation.requireMember());
        return page(service, null, VenueDraft.empty(), Errors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response added(@PathParam("slug") String slug, @PathParam("id") String id,
                          MultivaluedMap<String, String> fields) {
        return save(slug, id, null, fields);
    }

    @GET
    @Path("{venue}")
    public View change(@PathParam("slug") String slug, @PathParam("id") String id,
                       @PathParam("venue") String venue) {
        MemberDetails steward = authorisation.requireMember();
        Stewardship.Editable service = StewardForms.editable(stewardship, slug, id, steward);
        return page(service, venue, stewardship.venue(id, venue, steward).orRefuse(), Errors.NONE);
    }

    @POST
    @Path("{venue}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changed(@PathParam("slug") String slug, @PathParam("id") String id,
                            @PathParam("venue") String venue, MultivaluedMap<String, String> fields) {
        return save(slug, id, venue, fields);
    }

    @POST
    @Path("{venue}/remove")
    public Response remove(@PathParam("slug") String slug, @PathParam("id") String id,
                           @PathParam("venue") String venue) {
        MemberDetails steward = authorisation.requireMember();
        StewardForms.editable(stewardship, slug, id, steward);
        return answers.act(() -> stewardship.removeVenue(id, venue, steward),
                done -> htmx.redirect(URI.create(AssetMapLinks.edit(slug, id) + "#venues")));
    }

    private Response save(String slug, String id, String venue, MultivaluedMap<String, String> fields) {
        MemberDetails steward = authorisation.requireMember();
        Stewardship.Editable service = StewardForms.editable(stewardship, slug, id, steward);
        VenueDraft draft = StewardForms.venue(fields);
        return answers.submit(draft, errors -> page(service, venue, draft, errors),
                () -> stewardship.saveVenue(id, venue, draft, steward),
                done -> htmx.redirect(URI.create(AssetMapLinks.edit(slug, id) + "#venues")));
    }

    private static View page(Stewardship.Editable service, String venue, VenueDraft draft, Errors errors) {
        return View.page(Text.errorPrefix(errors) + Text.t("assetmap.venue.title", "what",
                        Text.t(venue == null ? "assetmap.venue.addAVenue" : "assetmap.venue.changeAVenue"),
                        "name", service.draft().name()), VenuePage.TEMPLATE,
                new VenuePage(service.groupSlug(), service.id(), service.draft().name(), venue, draft, errors));
    }
}
