package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.openreferral.FeedCopies;
import org.carecommunities.assetmap.stewardship.ServiceDraft;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationSummary;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Groups' pages and their stewards' editing: a steward (the group-steward role, acting for the group) or an admin
 * adds, changes, publishes and archives the group's services; anyone else is refused before any form is shown.
 */
@Path(AssetMapLinks.GROUPS)
@Produces(MediaType.TEXT_HTML)
public class StewardResource {

    @Inject
    Stewardship stewardship;

    @Inject
    AssetMap assetMap;

    @Inject
    FeedCopies feedCopies;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Authorisation authorisation;

    @Inject
    CurrentMember current;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @GET
    @Path("{slug}")
    public View group(@PathParam("slug") String slug) {
        OrganisationSummary group = neighbourhoods.organisation(slug)
                .orElseThrow(() -> Refusal.notFound(Text.t("assetmap.noSuchGroup")).exception());
        Optional<MemberDetails> member = current.member();
        boolean steward = member.map(m -> Stewardship.stewards(m, slug)).orElse(false);
        return View.page(group.name(), GroupPage.TEMPLATE, new GroupPage(slug, group.name(), group.description(),
                assetMap.ofGroup(slug), steward ? stewardship.services(slug, member.get()).orRefuse() : List.of(),
                steward ? stewardship.inbox(slug, member.get()).orRefuse() : List.of(),
                steward ? stewardship.reviewsDue(slug, member.get()).orRefuse() : List.of(),
                steward ? feedCopies.waiting(slug, member.get()).orRefuse() : List.of(), steward,
                stewardship.claim(slug), member.map(m -> m.has(Role.GROUP_STEWARD) && m.organisations().contains(slug))
                        .orElse(false), member.map(m -> m.has(Role.ADMIN)).orElse(false)));
    }

    @POST
    @Path("{slug}/claim")
    public Response claim(@PathParam("slug") String slug) {
        MemberDetails steward = authorisation.requireMember();
        return answers.act(() -> stewardship.requestClaim(slug, steward),
                group -> htmx.redirect(URI.create(AssetMapLinks.group(group))));
    }

    @POST
    @Path("{slug}/claim/approve")
    public Response approve(@PathParam("slug") String slug, @QueryParam("from") String from) {
        MemberDetails admin = authorisation.requireMember();
        return answers.act(() -> stewardship.approveClaim(slug, admin), group -> htmx.redirect(URI.create(
                "claims".equals(from) ? AssetMapLinks.CLAIMS : AssetMapLinks.group(group))));
    }

    /** An admin refuses a claim (from the list of claims waiting): the group is nobody's again. */
    @POST
    @Path("{slug}/claim/refuse")
    public Response refuse(@PathParam("slug") String slug) {
        MemberDetails admin = authorisation.requireMember();
        return answers.act(() -> stewardship.refuseClaim(slug, admin),
                group -> htmx.redirect(URI.create(AssetMapLinks.CLAIMS)));
    }

    /** A steward confirms a service's details are still right: one click on the to-do list. */
    @POST
    @Path("{slug}/services/{id}/reviewed")
    public Response reviewed(@PathParam("slug") String slug, @PathParam("id") String id) {
        MemberDetails steward = authorisation.requireMember();
        editable(slug, id, steward);
        return answers.act(() -> stewardship.confirmReviewed(id, steward),
                done -> htmx.redirect(URI.create(AssetMapLinks.group(slug) + "#to-do")));
    }

    /** A steward takes a directory's update to a service they have edited here: it replaces theirs. */
    @POST
    @Path("{slug}/services/{id}/update/take")
    public Response takeUpdate(@PathParam("slug") String slug, @PathParam("id") String id) {
        MemberDetails steward = authorisation.requireMember();
        return answers.act(() -> feedCopies.take(id, steward),
                group -> htmx.redirect(URI.create(AssetMapLinks.group(group) + "#updates")));
    }

    /** A steward keeps their own details: the directory's update is not offered again. */
    @POST
    @Path("{slug}/services/{id}/update/leave")
    public Response leaveUpdate(@PathParam("slug") String slug, @PathParam("id") String id) {
        MemberDetails steward = authorisation.requireMember();
        return answers.act(() -> feedCopies.leave(id, steward),
                group -> htmx.redirect(URI.create(AssetMapLinks.group(group) + "#to-do")));
    }

    /** A steward answers a suggestion, and may close it. */
    @POST
    @Path("{slug}/suggestions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("slug") String slug, @PathParam("id") long id, @FormParam("answer") String answer,
                           @FormParam("action") String action) {
        MemberDetails steward = authorisation.requireMember();
        return answers.act(() -> stewardship.answer(id, answer, "close".equals(action), steward),
                group -> htmx.redirect(URI.create(AssetMapLinks.group(group) + "#inbox")));
    }

    @GET
    @Path("{slug}/services/new")
    public View newService(@PathParam("slug") String slug) {
        MemberDetails steward = authorisation.requireMember();
        OrganisationSummary group = groupFor(slug, steward);
        return form(null, slug, group.name(), null, ServiceDraft.empty(), Errors.NONE);
    }

    @POST
    @Path("{slug}/services")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        MemberDetails steward = authorisation.requireMember();
        OrganisationSummary group = groupFor(slug, steward);
        ServiceDraft draft = draft(fields);
        return answers.submit(draft, errors -> form(null, slug, group.name(), null, draft, errors),
                () -> stewardship.create(slug, draft, steward), done -> edited(slug, done));
    }

    @GET
    @Path("{slug}/services/{id}/edit")
    public View edit(@PathParam("slug") String slug, @PathParam("id") String id) {
        MemberDetails steward = authorisation.requireMember();
        Stewardship.Editable editable = editable(slug, id, steward);
        return form(id, editable.groupSlug(), groupName(editable.groupSlug()), editable, editable.draft(),
                Errors.NONE);
    }

    @POST
    @Path("{slug}/services/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("slug") String slug, @PathParam("id") String id, MultivaluedMap<String, String> fields) {
        MemberDetails steward = authorisation.requireMember();
        Stewardship.Editable editable = editable(slug, id, steward);
        ServiceDraft draft = draft(fields);
        return answers.submit(draft, errors -> form(id, editable.groupSlug(), groupName(editable.groupSlug()), editable,
                draft, errors), () -> stewardship.change(id, draft, steward), done -> edited(slug, done));
    }

    @POST
    @Path("{slug}/services/{id}/publish")
    public Response publish(@PathParam("slug") String slug, @PathParam("id") String id) {
        MemberDetails steward = authorisation.requireMember();
        return answers.act(() -> stewardship.publish(id, steward),
                done -> htmx.redirect(URI.create(AssetMapLinks.edit(slug, done))));
    }

    @POST
    @Path("{slug}/services/{id}/archive")
    public Response archive(@PathParam("slug") String slug, @PathParam("id") String id) {
        MemberDetails steward = authorisation.requireMember();
        return answers.act(() -> stewardship.archive(id, steward),
                done -> htmx.redirect(URI.create(AssetMapLinks.edit(slug, done))));
    }

    /** Saved: the service's edit page. */
    private Response edited(String slug, String serviceId) {
        return htmx.redirect(URI.create(AssetMapLinks.edit(slug, serviceId)));
    }

    private Stewardship.Editable editable(String slug, String id, MemberDetails steward) {
        return StewardForms.editable(stewardship, slug, id, steward);
    }

    private OrganisationSummary groupFor(String slug, MemberDetails steward) {
        OrganisationSummary group = neighbourhoods.organisation(slug)
                .orElseThrow(() -> Refusal.notFound(Text.t("assetmap.noSuchGroup")).exception());
        if (!Stewardship.stewards(steward, slug)) {
            throw Refusal.notPermitted(Text.t("assetmap.stewardsOnly")).exception();
        }
        return group;
    }

    private String groupName(String slug) {
        return neighbourhoods.organisation(slug).map(OrganisationSummary::name).orElse(slug);
    }

    private View form(String id, String slug, String group, Stewardship.Editable editable, ServiceDraft draft,
                      Errors errors) {
        return form(id, slug, group, editable, draft, errors, editable == null ? List.of()
                : editable.translations());
    }

    private View form(String id, String slug, String group, Stewardship.Editable editable, ServiceDraft draft,
                      Errors errors, List<Stewardship.Translated> translations) {
        String title = Text.errorPrefix(errors) + (id == null ? Text.t("assetmap.edit.addAService")
                : Text.t("assetmap.edit.title", "name", draft.name()));
        return View.page(title, EditServicePage.TEMPLATE, new EditServicePage(id, slug, group,
                editable == null ? null : editable.status(), draft, errors, assetMap.categories(),
                editable == null ? List.of() : editable.places(), editable == null ? List.of() : editable.times(),
                editable == null ? null : editable.writtenIn(), translations));
    }

    /** The name and description in another language, as typed (the facade checks them). */
    public record TranslationForm(String language, String name, String description) {
    }

    /**
     * Gives the service's name and description in another of the portal's languages, or takes them away; refused
     * beside that language's fields, with what was typed kept.
     */
    @POST
    @Path("{slug}/services/{id}/translations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response translate(@PathParam("slug") String slug, @PathParam("id") String id,
                              @FormParam("language") String language, @FormParam("name") String name,
                              @FormParam("description") String description, @FormParam("action") String action) {
        MemberDetails steward = authorisation.requireMember();
        Stewardship.Editable editable = editable(slug, id, steward);
        TranslationForm typed = new TranslationForm(language, name, description);
        return answers.submit(typed, errors -> form(id, editable.groupSlug(), groupName(editable.groupSlug()),
                        editable, editable.draft(), besideTheirFields(errors, language),
                        editable.translations().stream().map(t -> t.language().equals(language)
                                ? new Stewardship.Translated(t.language(), t.languageName(), name, description,
                                t.given()) : t).toList()),
                () -> "remove".equals(action) ? stewardship.untranslate(id, language, steward)
                        : stewardship.translate(id, language, name, description, steward),
                done -> htmx.redirect(URI.create(AssetMapLinks.edit(slug, done) + "#in-other-languages")));
    }

    /** A translation's errors, keyed by its fields on the page (one form a language). */
    private static Errors besideTheirFields(Errors errors, String language) {
        java.util.Map<String, String> beside = new java.util.LinkedHashMap<>();
        errors.byField().forEach((field, message) -> beside.put(field.equals("language") ? "translation-name-"
                + language : "translation-" + field + "-" + language, message));
        return new Errors(beside);
    }

    private static ServiceDraft draft(MultivaluedMap<String, String> f) {
        return StewardForms.service(f);
    }
}
