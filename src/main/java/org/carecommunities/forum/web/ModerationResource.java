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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.forum.ForumException;
import org.carecommunities.forum.ForumModeration;
import org.carecommunities.forum.Forums;
import org.carecommunities.forum.ModerationItem;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Forms;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reporting posts (any member of the forum) and moderating (moderators of the neighbourhood, and admins): the
 * queue of hidden posts, hiding and restoring posts, locking and pinning threads, suspending members, creating
 * forums, and the record of every action. Every action is checked on the server against the neighbourhoods the
 * person moderates.
 */
@Path(ForumRoutes.FORUMS)
@Produces(MediaType.TEXT_HTML)
public class ModerationResource {

    private static final int LOG_LENGTH = 50;
    private static final int FOUND_MAX = 20;

    @Inject
    Forums forums;

    @Inject
    ForumModeration moderation;

    @Inject
    ModeratorScope moderators;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Authorisation authorisation;

    @Inject
    Members members;

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
                errors = new Errors(Map.of("reason", refused.getMessage()));
            }
        }
        return htmx.invalid(reportView(new ReportPage(thread, position, form, errors)));
    }

    @GET
    @Path("moderation")
    public View queue() {
        Set<Long> moderated = moderators.require();
        return View.page("Moderation", "forum/moderation.jte", new ModerationPage(moderation.queue(moderated),
                moderation.suspensions(moderated), moderation.log(moderated, LOG_LENGTH), current.has(Role.ADMIN)));
    }

    @GET
    @Path("moderation/posts/{post}")
    public View post(@PathParam("post") long postId) {
        return postView(postId, ModerationForms.Suspend.empty(), Errors.NONE);
    }

    /** Hides or restores a post. */
    @POST
    @Path("moderation/posts/{post}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderatePost(@PathParam("post") long postId, @FormParam("action") String action,
                                 @FormParam("reason") String reason) {
        Set<Long> moderated = moderators.require();
        MemberDetails moderator = authorisation.requireMember();
        ModerationForms.Reason form = new ModerationForms.Reason(reason);
        Errors errors = forms.check(form);
        if (errors.any()) {
            return htmx.invalid(postView(postId, ModerationForms.Suspend.empty(), errors));
        }
        refusedIsForbidden(() -> {
            if ("hide".equals(action)) {
                moderation.hide(postId, moderator, moderated, form.orDefault());
            } else {
                moderation.restore(postId, moderator, moderated, form.orDefault());
            }
        });
        return htmx.redirect(URI.create(ForumRoutes.MODERATION));
    }

    /** Suspends the author of a post from posting in the post's neighbourhood. */
    @POST
    @Path("moderation/suspensions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@FormParam("post") long postId, @FormParam("days") String days,
                            @FormParam("reason") String reason) {
        Set<Long> moderated = moderators.require();
        MemberDetails moderator = authorisation.requireMember();
        ModerationItem post = moderation.post(postId, moderated).orElseThrow(ForbiddenException::new);
        ModerationForms.Suspend form = new ModerationForms.Suspend(days, reason);
        Errors errors = forms.check(form);
        if (!errors.any()) {
            try {
                moderation.suspend(post.authorId(), post.neighbourhoodId(), moderator, moderated, form.period(),
                        form.reason());
                return htmx.redirect(URI.create(ForumRoutes.MODERATION));
            } catch (ForumException refused) {
                errors = new Errors(Map.of("reason", refused.getMessage()));
            }
        }
        return htmx.invalid(postView(postId, form, errors));
    }

    /** Lifts a suspension before it ends. */
    @POST
    @Path("moderation/suspensions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lift(@PathParam("id") long suspensionId, @FormParam("reason") String reason) {
        Set<Long> moderated = moderators.require();
        MemberDetails moderator = authorisation.requireMember();
        String why = new ModerationForms.Reason(reason == null || reason.length() <= 500 ? reason
                : reason.substring(0, 500)).orDefault();
        refusedIsForbidden(() -> moderation.lift(suspensionId, moderator, moderated, why));
        return htmx.redirect(URI.create(ForumRoutes.MODERATION));
    }

    @GET
    @Path("moderation/threads/{id}")
    public View thread(@PathParam("id") long threadId) {
        return threadView(threadId, new ModerationForms.Reason(""), Errors.NONE);
    }

    /** Locks, unlocks, pins or unpins a thread. */
    @POST
    @Path("moderation/threads/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderateThread(@PathParam("id") long threadId, @FormParam("action") String action,
                                   @FormParam("reason") String reason) {
        Set<Long> moderated = moderators.require();
        MemberDetails moderator = authorisation.requireMember();
        ThreadDetails thread = moderatedThread(threadId, moderated);
        ModerationForms.Reason form = new ModerationForms.Reason(reason);
        Errors errors = forms.check(form);
        if (!errors.any() && "lock".equals(action) && form.missing()) {
            errors = new Errors(Map.of("reason", "Say why you are locking the thread; members will see it"));
        }
        if (errors.any()) {
            return htmx.invalid(threadView(threadId, form, errors));
        }
        if (!List.of("lock", "unlock", "pin", "unpin").contains(action)) {
            return htmx.invalid(threadView(threadId, form,
                    new Errors(Map.of("reason", "Choose what to do with the thread"))));
        }
        refusedIsForbidden(() -> {
            switch (action) {
                case "lock" -> moderation.lock(threadId, moderator, moderated, form.orDefault());
                case "unlock" -> moderation.unlock(threadId, moderator, moderated, form.orDefault());
                case "pin" -> moderation.pin(threadId, moderator, moderated, form.orDefault());
                default -> moderation.unpin(threadId, moderator, moderated, form.orDefault());
            }
        });
        return htmx.redirect(URI.create(ForumRoutes.thread(thread.forum().slug(), thread.id())));
    }

    /** Who moderates which neighbourhood; administrators appoint and stand down moderators here. */
    @GET
    @Path("moderation/moderators")
    public Response moderatorsPage(@QueryParam("q") String query) {
        Set<Long> all = administered();
        Errors errors = forms.check(new ModerationForms.MemberSearch(query));
        if (errors.any()) {
            return htmx.invalid(moderatorsView(all, query, List.of(), errors));
        }
        return Response.ok(moderatorsView(all, query, members.named(query, FOUND_MAX), errors)).build();
    }

    @POST
    @Path("moderation/moderators")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeModerators(@FormParam("member") long memberId, @FormParam("neighbourhood") long place,
                                     @FormParam("action") String action) {
        Set<Long> all = administered();
        MemberDetails admin = authorisation.requireMember();
        refusedIsForbidden(() -> {
            if ("remove".equals(action)) {
                moderation.standDown(memberId, place, admin, all);
            } else {
                moderation.appoint(memberId, place, admin, all);
            }
        });
        return htmx.redirect(URI.create(ForumRoutes.MODERATORS));
    }

    private Set<Long> administered() {
        authorisation.requireAnyRole(Role.ADMIN);
        return moderators.require();
    }

    private View moderatorsView(Set<Long> all, String query, List<Members.Listed> found, Errors errors) {
        List<NeighbourhoodSummary> places = neighbourhoods.all().stream()
                .sorted(Comparator.comparing(NeighbourhoodSummary::name)).toList();
        return View.page("Moderators", "forum/moderators.jte",
                new ModeratorsPage(moderation.moderators(all), query == null ? "" : query, found, places, errors));
    }

    @GET
    @Path("moderation/forums")
    public View newForum() {
        return newForumView(ModerationForms.NewForum.empty(), Errors.NONE);
    }

    @POST
    @Path("moderation/forums")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createForum(@FormParam("neighbourhood") String neighbourhood, @FormParam("name") String name,
                                @FormParam("description") String description) {
        Set<Long> moderated = moderators.require();
        MemberDetails moderator = authorisation.requireMember();
        ModerationForms.NewForum form = new ModerationForms.NewForum(neighbourhood, name, description);
        Errors errors = forms.check(form);
        if (!errors.any()) {
            try {
                String slug = moderation.createForum(Long.parseLong(neighbourhood), name, description, moderator,
                        moderated);
                return htmx.redirect(URI.create(ForumRoutes.forum(slug)));
            } catch (ForumException refused) {
                errors = new Errors(Map.of(refused.getMessage().startsWith("There is already") ? "name"
                        : "neighbourhood", refused.getMessage()));
            }
        }
        return htmx.invalid(newForumView(form, errors));
    }

    private View postView(long postId, ModerationForms.Suspend form, Errors errors) {
        Set<Long> moderated = moderators.require();
        ModerationItem post = moderation.post(postId, moderated).orElseThrow(NotFoundException::new);
        String until = moderation.suspendedUntil(post.authorId(), post.neighbourhoodId()).map(Dates::inWords)
                .orElse(null);
        return View.page((errors.any() ? "Error: " : "") + "Moderate a post in " + post.threadTitle(),
                "forum/moderatePost.jte", new PostModerationPage(post, until, form, errors));
    }

    private View threadView(long threadId, ModerationForms.Reason form, Errors errors) {
        ThreadDetails thread = moderatedThread(threadId, moderators.require());
        return View.page((errors.any() ? "Error: " : "") + "Moderate " + thread.title(),
                "forum/moderateThread.jte", new ThreadModerationPage(thread, form, errors));
    }

    private ThreadDetails moderatedThread(long threadId, Set<Long> moderated) {
        ThreadDetails thread = forums.thread(threadId).orElseThrow(NotFoundException::new);
        if (!moderated.contains(thread.forum().neighbourhoodId())) {
            throw new ForbiddenException();
        }
        return thread;
    }

    private View newForumView(ModerationForms.NewForum form, Errors errors) {
        Set<Long> moderated = moderators.require();
        List<NeighbourhoodSummary> choices = neighbourhoods.all().stream().filter(n -> moderated.contains(n.id()))
                .sorted(Comparator.comparing(NeighbourhoodSummary::name)).toList();
        return View.page((errors.any() ? "Error: " : "") + "Create a forum", "forum/newForum.jte",
                new NewForumPage(choices, form, errors));
    }

    /** What the facade refuses a moderator (outside the neighbourhoods they moderate) is a 403. */
    private static void refusedIsForbidden(Runnable moderation) {
        try {
            moderation.run();
        } catch (ForumException refused) {
            throw new ForbiddenException(refused.getMessage());
        }
    }

    private static View reportView(ReportPage page) {
        return View.page((page.errors().any() ? "Error: " : "") + "Report a post", "forum/report.jte", page);
    }
}
