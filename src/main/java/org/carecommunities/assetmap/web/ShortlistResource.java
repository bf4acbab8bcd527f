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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.ServiceActions;
import org.carecommunities.assetmap.shortlists.ShortlistDetails;
import org.carecommunities.assetmap.shortlists.Shortlists;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

import java.net.URI;

/**
 * Link workers' shortlists: their list and a new one, adding and removing services, and the shortlist itself,
 * which anyone with its link can read and print.
 */
@Path(AssetMapLinks.SHORTLISTS)
@Produces(MediaType.TEXT_HTML)
public class ShortlistResource {

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.base.url",
            defaultValue = "http://localhost:9080")
    String baseUrl;

    @Inject
    Shortlists shortlists;

    @Inject
    org.carecommunities.assetmap.AssetMap assetMap;

    @Inject
    jakarta.enterprise.inject.Instance<ServiceActions> serviceActions;

    @Inject
    Authorisation authorisation;

    @Inject
    CurrentMember current;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @GET
    public View mine() {
        return mineView(new ShortlistsPage.NewShortlist(""), Errors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("title") String title) {
        MemberDetails member = authorisation.requireMember();
        ShortlistsPage.NewShortlist form = new ShortlistsPage.NewShortlist(title);
        return answers.submit(form, errors -> mineView(form, errors), () -> shortlists.create(title, member),
                token -> htmx.redirect(URI.create(AssetMapLinks.shortlist(token))));
    }

    @GET
    @Path("{token}")
    public View shortlist(@PathParam("token") String token) {
        MemberDetails member = current.member().orElse(null);
        ShortlistDetails shortlist = shortlists.read(token, member)
                .orElseThrow(() -> Refusal.notFound(Text.t("assetmap.noSuchShortlist")).exception());
        java.util.Map<String, java.util.List<ServiceActions.Action>> actions = new java.util.HashMap<>();
        if (shortlist.mine() && !serviceActions.isUnsatisfied()) {
            assetMap.facts(shortlist.services().stream().map(s -> s.id()).toList()).values().forEach(facts ->
                    actions.put(facts.id(), serviceActions.stream().flatMap(a -> a.actions(facts, member).stream())
                            .toList()));
        }
        return View.page(shortlist.title(), ShortlistPage.TEMPLATE, new ShortlistPage(shortlist, baseUrl, actions));
    }

    @POST
    @Path("{token}/services")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("token") String token, @FormParam("service") String service) {
        MemberDetails member = authorisation.requireMember();
        return answers.act(() -> shortlists.add(token, service, member),
                done -> htmx.redirect(URI.create(AssetMapLinks.shortlist(done))));
    }

    @POST
    @Path("{token}/services/{service}/remove")
    public Response remove(@PathParam("token") String token, @PathParam("service") String service) {
        MemberDetails member = authorisation.requireMember();
        return answers.act(() -> shortlists.remove(token, service, member),
                done -> htmx.redirect(URI.create(AssetMapLinks.shortlist(done))));
    }

    private View mineView(ShortlistsPage.NewShortlist form, Errors errors) {
        MemberDetails member = authorisation.requireMember();
        return View.page(Text.errorPrefix(errors) + Text.t("assetmap.shortlists.yourShortlists"),
                ShortlistsPage.TEMPLATE,
                new ShortlistsPage(shortlists.mine(member).orRefuse(), form, errors));
    }
}
