package org.carecommunities.forum.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.forum.ForumException;
import org.carecommunities.forum.Forums;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Forms;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reporting posts (any member) and moderating them (moderators of the post's neighbourhood, and admins):
 * the queue of hidden posts, restoring or hiding with a reason, and the record of every action.
 */
@Path(ForumRoutes.FORUMS)
@Produces(MediaType.TEXT_HTML)
public class ModerationResource {

    private static final int LOG_LENGTH = 50;

    @Inject
    Forums forums;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Authorisation authorisation;

    @Inject
    CurrentMember current;

    @Inject
    Forms forms;

    @Inject
    Htmx htmx;

    @GET
    @Path("{forum}/threads/{id}/posts/{position}/report")
    public View reportForm(@PathParam("forum") String slug, @PathParam("id") long id,
                           @PathParam("position") int position) {
        authorisation.requireMember();
        ThreadDetails thread = forums.thread(slug, id).orElseThrow(NotFoundException::new);
        return reportView(new ReportPage(thread, position, new ReportForm(""), Errors.NONE));
    }

    @POST
    @Path("{forum}/threads/{id}/posts/{position}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("forum") String slug, @PathParam("id") long id,
                           @PathParam("position") int position, @FormParam("reason") String reason) {
        MemberDetails member = authorisation.requireMember();
        ThreadDetails thread = forums.thread(slug, id).orElseThrow(NotFoundException::new);
        ReportForm form = new ReportForm(reason);
        Errors errors = forms.check(form);
        if (!errors.any()) {
            try {
                forums.report(id, position, member, reason);
                return htmx.redirect(URI.create(new ReportPage(thread, position, form, errors).backUrl()));
            } catch (ForumException refused) {
                errors = new Errors(java.util.Map.of("reason", refused.getMessage()));
            }
        }
        return htmx.invalid(reportView(new ReportPage(thread, position, form, errors)));
    }

    @GET
    @Path("moderation")
    public View queue() {
        Set<Long> moderated = moderated();
        return View.page("Moderation", "forum/moderation.jte",
                new ModerationPage(forums.queue(moderated), forums.log(moderated, LOG_LENGTH)));
    }

    @POST
    @Path("moderation/posts/{post}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(@PathParam("post") long postId, @FormParam("action") String action,
                             @FormParam("reason") String reason) {
        Set<Long> moderated = moderated();
        MemberDetails moderator = authorisation.requireMember();
        String why = reason == null || reason.isBlank() ? "No reason given" : reason.strip();
        try {
            if ("hide".equals(action)) {
                forums.hide(postId, moderator, moderated, why);
            } else {
                forums.restore(postId, moderator, moderated, why);
            }
        } catch (ForumException refused) {
            throw new ForbiddenException(refused.getMessage());
        }
        return htmx.redirect(URI.create(ForumRoutes.MODERATION));
    }

    /** The neighbourhoods the current moderator moderates (every one for an admin); 403 for anyone else. */
    private Set<Long> moderated() {
        authorisation.requireAnyRole(Role.MODERATOR, Role.ADMIN);
        if (current.has(Role.ADMIN)) {
            return neighbourhoods.all().stream().map(NeighbourhoodSummary::id).collect(Collectors.toSet());
        }
        Set<Long> moderated = forums.moderatedBy(authorisation.requireMember().id());
        if (moderated.isEmpty()) {
            throw new ForbiddenException();
        }
        return moderated;
    }

    private static View reportView(ReportPage page) {
        return View.page((page.errors().any() ? "Error: " : "") + "Report a post", "forum/report.jte", page);
    }
}
