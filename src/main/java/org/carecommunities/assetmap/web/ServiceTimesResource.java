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
import org.carecommunities.assetmap.stewardship.ExceptionDraft;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.assetmap.stewardship.TimeDraft;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.List;

/**
 * A steward adds, changes and removes the regular times of one of their group's services, and the days each does
 * not meet (cancelled on a date, not in a month, not on bank holidays), with the reason people read.
 */
@Path(AssetMapLinks.GROUPS + "/{slug}/services/{id}/times")
@Produces(MediaType.TEXT_HTML)
public class ServiceTimesResource {

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
        return page(service, null, TimeDraft.empty(), Errors.NONE, ExceptionDraft.empty(), Errors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response added(@PathParam("slug") String slug, @PathParam("id") String id,
                          MultivaluedMap<String, String> fields) {
        return save(slug, id, null, fields);
    }

    @GET
    @Path("{times}")
    public View change(@PathParam("slug") String slug, @PathParam("id") String id,
                       @PathParam("times") String times) {
        MemberDetails steward = authorisation.requireMember();
        Stewardship.Editable service = StewardForms.editable(stewardship, slug, id, steward);
        return page(service, times, stewardship.times(id, times, steward).orRefuse(), Errors.NONE,
                ExceptionDraft.empty(), Errors.NONE);
    }

    @POST
    @Path("{times}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changed(@PathParam("slug") String slug, @PathParam("id") String id,
                            @PathParam("times") String times, MultivaluedMap<String, String> fields) {
        return save(slug, id, times, fields);
    }

    @POST
    @Path("{times}/remove")
    public Response remove(@PathParam("slug") String slug, @PathParam("id") String id,
                           @PathParam("times") String times) {
        MemberDetails steward = authorisation.requireMember();
        StewardForms.editable(stewardship, slug, id, steward);
        return answers.act(() -> stewardship.removeTimes(id, times, steward),
                done -> htmx.redirect(URI.create(AssetMapLinks.edit(slug, id) + "#times")));
    }

    @POST
    @Path("{times}/exceptions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response except(@PathParam("slug") String slug, @PathParam("id") String id,
                           @PathParam("times") String times, MultivaluedMap<String, String> fields) {
        MemberDetails steward = authorisation.requireMember();
        Stewardship.Editable service = StewardForms.editable(stewardship, slug, id, steward);
        ExceptionDraft draft = new ExceptionDraft(StewardForms.one(fields, "kind"), StewardForms.one(fields, "month"),
                StewardForms.one(fields, "date"), StewardForms.one(fields, "reason"));
        return answers.submit(draft, errors -> page(service, times, stewardship.times(id, times, steward).orRefuse(),
                        Errors.NONE, draft, errors), () -> stewardship.addException(id, times, draft, steward),
                done -> htmx.redirect(URI.create(AssetMapLinks.times(slug, id, times) + "#exceptions")));
    }

    @POST
    @Path("{times}/exceptions/{exception}/remove")
    public Response removeException(@PathParam("slug") String slug, @PathParam("id") String id,
                                    @PathParam("times") String times, @PathParam("exception") long exception) {
        MemberDetails steward = authorisation.requireMember();
        StewardForms.editable(stewardship, slug, id, steward);
        return answers.act(() -> stewardship.removeException(id, times, exception, steward),
                done -> htmx.redirect(URI.create(AssetMapLinks.times(slug, id, times) + "#exceptions")));
    }

    private Response save(String slug, String id, String times, MultivaluedMap<String, String> fields) {
        MemberDetails steward = authorisation.requireMember();
        Stewardship.Editable service = StewardForms.editable(stewardship, slug, id, steward);
        TimeDraft draft = StewardForms.times(fields);
        return answers.submit(draft, errors -> page(service, times, draft, errors, ExceptionDraft.empty(), Errors.NONE),
                () -> stewardship.saveTimes(id, times, draft, steward),
                done -> htmx.redirect(URI.create(AssetMapLinks.edit(slug, id) + "#times")));
    }

    private static View page(Stewardship.Editable service, String times, TimeDraft draft, Errors errors,
                             ExceptionDraft exception, Errors exceptionErrors) {
        List<Stewardship.Excepted> exceptions = service.times().stream().filter(t -> t.id().equals(times))
                .findFirst().map(Stewardship.Times::exceptions).orElse(List.of());
        return View.page(Text.errorPrefix(errors.any() ? errors : exceptionErrors)
                        + Text.t("assetmap.venue.title", "what", Text.t(times == null ? "assetmap.times.addRegularTimes"
                        : "assetmap.times.changeRegularTimes"), "name", service.draft().name()),
                TimesPage.TEMPLATE, new TimesPage(service.groupSlug(), service.id(), service.draft().name(), times,
                        draft, errors, exceptions, exception, exceptionErrors));
    }
}
