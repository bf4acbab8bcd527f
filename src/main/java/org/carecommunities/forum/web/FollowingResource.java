package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.UnmetFlags;

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
import org.carecommunities.forum.news.Following;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.Forums;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

import java.net.URI;

/** Following threads, and the member's own page of what is new in what they follow and the forums they joined. */
@Path(ForumRoutes.FORUMS)
@Produces(MediaType.TEXT_HTML)
public class FollowingResource {

    @Inject
    Forums forums;

    @Inject
    UnmetFlags unmetFlags;

    @Inject
    Following following;

    @Inject
    Authorisation authorisation;

    @Inject
    Htmx htmx;

    @Inject
    Answers answers;

    @GET
    @Path("new-for-you")
    public View whatsNew() {
        MemberDetails member = authorisation.requireMember();
        return View.page(Text.t("forum.whatsNew.whatSNewFor"), "forum/whatsNew.jte",
                new WhatsNewPage(following.whatsNew(member)));
    }

    /** Marks everything listed as read. */
    @POST
    @Path("new-for-you")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead() {
        MemberDetails member = authorisation.requireMember();
        following.markAllRead(member.id());
        return htmx.redirect(URI.create(ForumRoutes.WHATS_NEW));
    }

    @POST
    @Path("{forum}/threads/{id}/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@PathParam("forum") String slug, @PathParam("id") long id,
                           @FormParam("action") String action) {
        MemberDetails member = authorisation.requireMember();
        forums.thread(slug, id).orElseThrow(() -> Refusal.notFound(Text.t("forum.noSuchThread")).exception());
        return answers.act(() -> following.follow(id, member.id(), !"unfollow".equals(action)),
                done -> htmx.redirect(URI.create(ForumLinks.thread(slug, id) + "#follow")));
    }

    /** "I couldn't find a service for this": counted among the neighbourhood's unmet needs, never named. */
    @POST
    @Path("{forum}/threads/{id}/unmet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unmet(@PathParam("forum") String slug, @PathParam("id") long id,
                          @FormParam("action") String action) {
        MemberDetails member = authorisation.requireMember();
        forums.thread(slug, id).orElseThrow(() -> Refusal.notFound(Text.t("forum.noSuchThread")).exception());
        return answers.act(() -> unmetFlags.flag(id, member, !"withdraw".equals(action)),
                done -> htmx.redirect(URI.create(ForumLinks.thread(slug, id) + "#unmet")));
    }
}
