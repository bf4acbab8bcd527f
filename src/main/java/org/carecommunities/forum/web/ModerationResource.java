package org.carecommunities.forum.web;

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
import jakarta.ws.rs.core.Response;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.moderation.ForumModeration;
import org.carecommunities.forum.Forums;
import org.carecommunities.forum.moderation.ModerationItem;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.Forms;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
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
    /** A post outside the moderator's neighbourhoods, or none at all: the same answer, so neither is told. */
    /** In the reader's language, so made for each refusal (a constant would keep the first reader's). */
    private static Refusal notYours() {
        return Refusal.notFound(Text.t("forum.moderation.notYours"));
    }

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

    @Inject
    Answers answers;

    @GET
    @Path("{forum}/threads/{id}/posts/{position}/report")
    public View reportForm(@PathParam("forum") String slug, @PathParam("id") long id,
                           @PathParam("position") int position) {
        authorisation.requireMember();
        ThreadDetails thread = thread(slug, id);
        return reportView(new ReportPage(thread, position, new ReportForm(""), Errors.NONE));
    }

    @POST
    @Path("{forum}/threads/{id}/posts/{position}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("forum") String slug, @PathParam("id") long id,
                           @PathParam("position") int position, @FormParam("reason") String reason) {
        MemberDetails member = authorisation.requireMember();
        ThreadDetails thread = thread(slug, id);
        ReportForm form = new ReportForm(reason);
        return answers.submit(form, errors -> reportView(new ReportPage(thread, position, form, errors)),
                () -> forums.report(id, position, member, reason),
                hidden -> htmx.redirect(URI.create(new ReportPage(thread, position, form, Errors.NONE).backUrl())));
    }

    @GET
    @Path("moderation")
    public View queue() {
        moderators.require();
        MemberDetails reviewer = authorisation.requireMember();
        return queueView(reviewer, ModerationPage.Lifting.NONE, Errors.NONE);
    }

    /** The queue, with a suspension's lifting form as typed and its errors when it was refused. */
    private View queueView(MemberDetails reviewer, ModerationPage.Lifting lifting, Errors errors) {
        return View.page(Text.errorPrefix(errors) + Text.t("forum.moderation.moderation"), "forum/moderation.jte",
                new ModerationPage(moderation.queue(reviewer), moderation.suspensions(reviewer),
                        moderation.log(reviewer, LOG_LENGTH), current.has(Role.ADMIN), lifting, errors));
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
        moderators.require();
        MemberDetails moderator = authorisation.requireMember();
        ModerationForms.Reason form = new ModerationForms.Reason(reason);
        return answers.submit(form, errors -> postView(postId, ModerationForms.Suspend.empty(), errors),
                () -> "hide".equals(action) ? moderation.hide(postId, moderator, form.orDefault())
                        : moderation.restore(postId, moderator, form.orDefault()),
                done -> htmx.redirect(URI.create(ForumRoutes.MODERATION)));
    }

    /** Suspends the author of a post from posting in the post's neighbourhood. */
    @POST
    @Path("moderation/suspensions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@FormParam("post") long postId, @FormParam("days") String days,
                            @FormParam("reason") String reason) {
        moderators.require();
        MemberDetails moderator = authorisation.requireMember();
        ModerationItem post = moderation.post(postId, authorisation.requireMember())
                .orElseThrow(() -> notYours().exception());
        ModerationForms.Suspend form = new ModerationForms.Suspend(days, reason);
        return answers.submit(form, errors -> postView(postId, form, errors),
                () -> moderation.suspend(post.authorId(), post.neighbourhoodId(), moderator, form.period(),
                        form.reason()),
                id -> htmx.redirect(URI.create(ForumRoutes.MODERATION)));
    }

    /** Lifts a suspension before it ends. */
    @POST
    @Path("moderation/suspensions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lift(@PathParam("id") long suspensionId, @FormParam("reason") String reason) {
        moderators.require();
        MemberDetails moderator = authorisation.requireMember();
        ModerationForms.Reason form = new ModerationForms.Reason(reason);
        return answers.submit(form, errors -> queueView(moderator, new ModerationPage.Lifting(suspensionId, form),
                        errors), () -> moderation.lift(suspensionId, moderator, form.orDefault()),
                done -> htmx.redirect(URI.create(ForumRoutes.MODERATION)));
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
        return answers.submit(form, errors -> threadView(threadId, form, errors), () -> {
            if ("lock".equals(action) && form.missing()) {
                return Outcome.refused(Refusal.invalid("reason", Text.t("forum.moderateThread.sayWhy")));
            }
            return switch (action == null ? "" : action) {
                case "lock" -> moderation.lock(threadId, moderator, form.orDefault());
                case "unlock" -> moderation.unlock(threadId, moderator, form.orDefault());
                case "pin" -> moderation.pin(threadId, moderator, form.orDefault());
                case "unpin" -> moderation.unpin(threadId, moderator, form.orDefault());
                default -> Outcome.refused(Refusal.invalid("reason", Text.t("forum.moderateThread.chooseAction")));
            };
        }, done -> htmx.redirect(URI.create(ForumLinks.thread(thread.forum().slug(), thread.id()))));
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
        return answers.act(() -> "remove".equals(action) ? moderation.standDown(memberId, place, admin)
                        : moderation.appoint(memberId, place, admin),
                done -> htmx.redirect(URI.create(ForumRoutes.MODERATORS)));
    }

    private Set<Long> administered() {
        authorisation.requireAnyRole(Role.ADMIN);
        return moderators.require();
    }

    private View moderatorsView(Set<Long> all, String query, List<Members.Listed> found, Errors errors) {
        List<NeighbourhoodSummary> places = neighbourhoods.all().stream()
                .sorted(Comparator.comparing(NeighbourhoodSummary::name)).toList();
        return View.page(Text.t("forum.moderators.moderators"), "forum/moderators.jte",
                new ModeratorsPage(moderation.moderators(authorisation.requireMember()), query == null ? "" : query, found, places, errors));
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
        moderators.require();
        MemberDetails moderator = authorisation.requireMember();
        ModerationForms.NewForum form = new ModerationForms.NewForum(neighbourhood, name, description);
        return answers.submit(form, errors -> newForumView(form, errors),
                () -> moderation.createForum(Long.parseLong(neighbourhood), name, description, moderator),
                slug -> htmx.redirect(URI.create(ForumLinks.forum(slug))));
    }

    private View postView(long postId, ModerationForms.Suspend form, Errors errors) {
        moderators.require();
        ModerationItem post = moderation.post(postId, authorisation.requireMember())
                .orElseThrow(() -> notYours().exception());
        String until = moderation.suspendedUntil(post.authorId(), post.neighbourhoodId()).map(Dates::inWords)
                .orElse(null);
        return View.page(Text.errorPrefix(errors) + Text.t("forum.moderatePost.title", "title", post.threadTitle()),
                "forum/moderatePost.jte", new PostModerationPage(post, until, form, errors));
    }

    private View threadView(long threadId, ModerationForms.Reason form, Errors errors) {
        ThreadDetails thread = moderatedThread(threadId, moderators.require());
        return View.page(Text.errorPrefix(errors) + Text.t("forum.moderateThread.heading", "title", thread.title()),
                "forum/moderateThread.jte", new ThreadModerationPage(thread, form, errors));
    }

    private ThreadDetails moderatedThread(long threadId, Set<Long> moderated) {
        ThreadDetails thread = forums.thread(threadId)
                .orElseThrow(() -> Refusal.notFound(Text.t("forum.noSuchThread")).exception());
        if (!moderated.contains(thread.forum().neighbourhoodId())) {
            throw Refusal.notPermitted(Text.t("forum.moderation.notYourNeighbourhood")).exception();
        }
        return thread;
    }

    private View newForumView(ModerationForms.NewForum form, Errors errors) {
        Set<Long> moderated = moderators.require();
        List<NeighbourhoodSummary> choices = neighbourhoods.all().stream().filter(n -> moderated.contains(n.id()))
                .sorted(Comparator.comparing(NeighbourhoodSummary::name)).toList();
        return View.page(Text.errorPrefix(errors) + Text.t("forum.newForum.createAForum"), "forum/newForum.jte",
                new NewForumPage(choices, form, errors));
    }

    private ThreadDetails thread(String slug, long id) {
        return forums.thread(slug, id).orElseThrow(() -> Refusal.notFound(Text.t("forum.noSuchThread")).exception());
    }

    private static View reportView(ReportPage page) {
        return View.page(Text.errorPrefix(page.errors()) + Text.t("forum.report.reportAPost"), "forum/report.jte",
                page);
    }
}
