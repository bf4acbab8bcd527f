package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.UnmetFlags;

import org.carecommunities.forum.proposals.ForumProposals;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
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
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.ServicePicker;
import org.carecommunities.forum.threads.EditablePost;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.ForumSummary;
import org.carecommunities.forum.news.Following;
import org.carecommunities.forum.Forums;
import org.carecommunities.forum.threads.PostCard;
import org.carecommunities.forum.reading.ForumReading;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.forum.reading.ThreadReading;
import org.carecommunities.forum.threads.ThreadRow;
import org.carecommunities.forum.threads.ThreadSearch;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.Refused;
import org.carecommunities.platform.SitePath;
import org.carecommunities.platform.Forms;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The forums: reading is open to everyone; joining, starting threads and replying need a member. */
@Path(ForumRoutes.FORUMS)
@Produces(MediaType.TEXT_HTML)
public class ForumResource {

    private static final Logger LOG = Logger.getLogger(ForumResource.class.getName());

    @Inject
    Forums forums;

    @Inject
    UnmetFlags unmetFlags;

    @Inject
    ForumProposals proposals;

    @Inject
    Following following;

    @Inject
    ModeratorScope moderators;

    @Inject
    Authorisation authorisation;

    @Inject
    CurrentMember current;

    @Inject
    Forms forms;

    @Inject
    Htmx htmx;

    @Inject
    Answers answers;

    @Inject
    AssetMap assetMap;

    @GET
    public View index() {
        Map<Long, List<ForumSummary>> byNeighbourhood = new LinkedHashMap<>();
        forums.all().forEach(f -> byNeighbourhood.computeIfAbsent(f.neighbourhoodId(), k -> new ArrayList<>()).add(f));
        List<ForumsPage.NeighbourhoodForums> groups = new ArrayList<>();
        byNeighbourhood.forEach((id, list) -> groups.add(new ForumsPage.NeighbourhoodForums(
                list.get(0).neighbourhood().name(), list)));
        groups.sort(java.util.Comparator.comparing(ForumsPage.NeighbourhoodForums::name));
        return View.page(Text.t("forum.forums.neighbourhoodForums"), "forum/forums.jte", new ForumsPage(groups,
                current.member().isPresent(), !moderators.neighbourhoods().isEmpty()));
    }

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String query, @QueryParam("forum") String forum,
                           @QueryParam("page") String page) {
        String scope = forum == null || forum.isBlank() ? null : forum;
        Errors errors = forms.check(new SearchForm(query));
        boolean searching = query != null && !query.isBlank() && !errors.any();
        ThreadSearch.Found search = searching ? forums.search(query, scope, Paged.pageNumber(page))
                : new ThreadSearch.Found(new Paged<>(List.of(), 1, Forums.THREADS_PER_PAGE, 0), false, false);
        Paged<ThreadRow> found = search.threads();
        ThreadList results = ThreadList.acrossForums(found,
                found.hasPrevious() ? ForumLinks.search(query, scope, found.page() - 1) : null,
                found.hasNext() ? ForumLinks.search(query, scope, found.page() + 1) : null);
        View view = View.page(Text.t("forum.search.searchTheForums"), "forum/search.jte",
                new SearchPage(query == null ? "" : query, scope, forums.all(), results, search.bestFirst(),
                        search.more(), errors));
        return errors.any() ? htmx.invalid(view) : Response.ok(view).build();
    }

    @GET
    @Path("{forum}")
    public View forum(@PathParam("forum") String slug, @QueryParam("page") String page) {
        return forumView(slug, Paged.pageNumber(page), ThreadForm.empty(), Errors.NONE);
    }

    /** Threads like the title being typed in the new-thread form (htmx, debounced). */
    @GET
    @Path("{forum}/similar")
    public View similar(@PathParam("forum") String slug, @QueryParam("title") String title) {
        find(slug);
        SimilarThreads similar = new SimilarThreads(forums.similar(slug, title));
        return View.page(Text.t("forum.similar.title"), "forum/similar.jte", similar)
                .withPart(ForumRoutes.SIMILAR_ID, "forum/similar.jte", similar);
    }

    @POST
    @Path("{forum}/membership")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response membership(@PathParam("forum") String slug, @FormParam("action") String action,
                               @FormParam("returnTo") String returnTo) {
        MemberDetails member = authorisation.requireMember();
        String back = returnTo != null && returnTo.startsWith(ForumLinks.forum(slug)) ? returnTo
                : ForumLinks.forum(slug);
        return answers.act(() -> "leave".equals(action) ? forums.leave(slug, member) : forums.join(slug, member),
                done -> htmx.redirect(SitePath.uri(back, ForumLinks.forum(slug))));
    }

    @POST
    @Path("{forum}/threads")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startThread(@PathParam("forum") String slug, @FormParam("title") String title,
                                @FormParam("body") String body, @FormParam("proposal") String proposal,
                                @FormParam("cite") List<String> cite, @FormParam("citeWords") String citeWords,
                                @FormParam("language") String language, @FormParam("action") String action) {
        MemberDetails member = authorisation.requireMember();
        find(slug);
        ThreadForm form = new ThreadForm(title, body, "yes".equals(proposal), cite, citeWords, language);
        if (ServicePicker.FIND.equals(action)) {
            return Response.ok(forumView(slug, 1, form, Errors.NONE)).build();
        }
        return answers.submit(form, errors -> forumView(slug, 1, form, errors),
                () -> forums.startThread(slug, member, title, body, form.proposal(), form.cite(), language),
                id -> htmx.seeOther(URI.create(ForumLinks.thread(slug, id)),
                        threadView(slug, id, 1, new ReplyForm(""), Errors.NONE)));
    }

    /** A proposal's story on one page, for anyone. */
    @GET
    @Path("{forum}/threads/{id}/story")
    public View story(@PathParam("forum") String slug, @PathParam("id") long id) {
        var story = proposals.story(slug, id).orElseThrow(() -> Refusal.notFound(Text.t("forum.noSuchProposal"))
                .exception());
        return View.page(Text.t("forum.story.title", "title", story.title()), StoryPage.TEMPLATE,
                new StoryPage(story));
    }

    @GET
    @Path("{forum}/threads/{id}")
    public View thread(@PathParam("forum") String slug, @PathParam("id") long id, @QueryParam("page") String page) {
        return threadView(slug, id, Paged.pageNumber(page), new ReplyForm(""), Errors.NONE);
    }

    @POST
    @Path("{forum}/threads/{id}/replies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("forum") String slug, @PathParam("id") long id, @FormParam("body") String body,
                          @FormParam("cite") List<String> cite, @FormParam("citeWords") String citeWords,
                          @FormParam("language") String language, @FormParam("action") String action) {
        MemberDetails member = authorisation.requireMember();
        ThreadDetails thread = forums.thread(slug, id).orElseThrow(ForumResource::noThread);
        ReplyForm form = new ReplyForm(body, cite, citeWords, language);
        if (ServicePicker.FIND.equals(action)) {
            return Response.ok(threadView(slug, id, 1, form, Errors.NONE)).build();
        }
        return answers.submit(form, errors -> threadView(slug, id, 1, form, errors),
                () -> forums.reply(thread.id(), member, body, form.cite(), language),
                position -> htmx.seeOther(URI.create(ForumLinks.postInThread(slug, id, position)),
                        threadView(slug, id, position / Forums.POSTS_PER_PAGE + 1, new ReplyForm(""), Errors.NONE)));
    }

    /** New replies after a position, for readers of the last page (htmx polling). */
    @GET
    @Path("{forum}/threads/{id}/since/{position}")
    public View since(@PathParam("forum") String slug, @PathParam("id") long id,
                      @PathParam("position") int position) {
        Optional<MemberDetails> member = current.member();
        ThreadReading reading = forums.readThreadAfter(slug, id, Math.max(0, position), member.orElse(null))
                .orElseThrow(ForumResource::noThread);
        ThreadDetails thread = reading.thread();
        List<PostCard> arrived = reading.posts().items();
        LiveReplies live = new LiveReplies(thread, arrived, viewer(reading), Math.max(0, position));
        if (!arrived.isEmpty()) {
            member.ifPresent(m -> readTo(id, m, arrived.get(arrived.size() - 1).position()));
        }
        return View.page(thread.title(), "forum/liveReplies.jte", live)
                .withPart(ForumRoutes.LIVE_ID, "forum/liveReplies.jte", live);
    }

    @POST
    @Path("{forum}/threads/{id}/support")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response support(@PathParam("forum") String slug, @PathParam("id") long id,
                            @FormParam("action") String action) {
        MemberDetails member = authorisation.requireMember();
        forums.thread(slug, id).orElseThrow(ForumResource::noThread);
        // refused, the proposal changed since the page was loaded (locked, decided...): the card now says why
        if ("withdraw".equals(action)) {
            proposals.withdraw(id, member);
        } else {
            proposals.support(id, member);
        }
        return htmx.redirect(URI.create(ForumLinks.thread(slug, id) + "#proposal"));
    }

    @GET
    @Path("{forum}/threads/{id}/posts/{position}")
    public View editForm(@PathParam("forum") String slug, @PathParam("id") long id,
                         @PathParam("position") int position) {
        MemberDetails member = authorisation.requireMember();
        ThreadDetails thread = forums.thread(slug, id).orElseThrow(ForumResource::noThread);
        EditablePost post = forums.editable(id, position, member.id()).orElseThrow(() -> Refusal.notPermitted(
                Text.t("forum.editPost.window")).exception());
        return editView(thread, post.position(), new ReplyForm(post.body(), post.cites(), ""), Errors.NONE);
    }

    @POST
    @Path("{forum}/threads/{id}/posts/{position}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("forum") String slug, @PathParam("id") long id,
                         @PathParam("position") int position, @FormParam("body") String body,
                         @FormParam("cite") List<String> cite, @FormParam("citeWords") String citeWords,
                         @FormParam("action") String action) {
        MemberDetails member = authorisation.requireMember();
        ThreadDetails thread = forums.thread(slug, id).orElseThrow(ForumResource::noThread);
        URI at = URI.create(ForumLinks.postInThread(slug, id, position));
        if ("delete".equals(action)) {
            return answers.act(() -> forums.delete(id, position, member), done -> htmx.redirect(at));
        }
        ReplyForm form = new ReplyForm(body, cite, citeWords);
        if (ServicePicker.FIND.equals(action)) {
            return Response.ok(editView(thread, position, form, Errors.NONE)).build();
        }
        // past the edit window, locked or suspended: said beside the text, which stays
        return answers.submit(form, errors -> editView(thread, position, form, errors),
                () -> forums.edit(id, position, member, body, form.cite()), done -> htmx.redirect(at));
    }

    private View forumView(String slug, int page, ThreadForm form, Errors errors) {
        ForumReading reading = forums.readForum(slug, page, current.member().orElse(null))
                .orElseThrow(ForumResource::noForum);
        ForumSummary forum = reading.forum();
        Paged<ThreadRow> threads = reading.threads();
        ThreadList list = ThreadList.inForum(threads, reading.pinned(),
                threads.hasPrevious() ? ForumLinks.forumPage(slug, threads.page() - 1) : null,
                threads.hasNext() ? ForumLinks.forumPage(slug, threads.page() + 1) : null);
        return View.page(Text.errorPrefix(errors) + forum.name(), "forum/forum.jte",
                        new ForumPage(forum, list, current.isSignedIn(), reading.joined(), reading.refusal(), form,
                                errors, assetMap.picker(form.citeWords(), form.cite(), forum.neighbourhoodId())))
                .withPart(ForumRoutes.THREADS_ID, "forum/threadList.jte", list);
    }

    private View threadView(String slug, long id, int page, ReplyForm form, Errors errors) {
        Optional<MemberDetails> member = current.member();
        ThreadReading reading = forums.readThread(slug, id, page, member.orElse(null))
                .orElseThrow(ForumResource::noThread);
        ThreadDetails thread = reading.thread();
        Paged<PostCard> posts = reading.posts();
        long[] unmet = unmetFlags.counts(id, member.map(MemberDetails::id).orElse(null));
        ThreadPage model = new ThreadPage(thread, posts, viewer(reading), form, errors, reading.proposal(),
                new ThreadPage.Unmet(unmet[0], unmet[1] > 0),
                assetMap.picker(form.citeWords(), form.cite(), thread.forum().neighbourhoodId()));
        if (!posts.items().isEmpty()) {
            member.ifPresent(m -> readTo(id, m, posts.items().get(posts.items().size() - 1).position()));
        }
        return View.page(Text.errorPrefix(errors) + thread.title(), "forum/thread.jte", model)
                .withPart(ForumRoutes.MORE_POSTS_ID, "forum/posts.jte", model);
    }

    /**
     * Notes how far the member has read. It only feeds "what's new", so a clash (the same member's first view of
     * a thread in two tabs at once) is logged and the page is still served.
     */
    private void readTo(long threadId, MemberDetails member, int position) {
        try {
            following.read(threadId, member.id(), position);
        } catch (RuntimeException clash) {
            LOG.log(Level.FINE, "Could not note reading of thread " + threadId, clash);
        }
    }

    /** Who is reading the thread, and what they may do in it. */
    private ThreadPage.Viewer viewer(ThreadReading reading) {
        ThreadReading.Reader reader = reading.reader();
        return new ThreadPage.Viewer(current.isSignedIn(), reader.joined(),
                moderators.moderates(reading.thread().forum().neighbourhoodId()), reader.following(), reader.refusal());
    }


    private View editView(ThreadDetails thread, int position, ReplyForm form, Errors errors) {
        EditPostPage page = new EditPostPage(thread, position, form, errors,
                assetMap.picker(form.citeWords(), form.cite(), thread.forum().neighbourhoodId()));
        return View.page(Text.errorPrefix(page.errors())
                + Text.t("forum.editPost.title", "title", thread.title()),
                "forum/editPost.jte", page);
    }

    private ForumSummary find(String slug) {
        return forums.forum(slug).orElseThrow(() -> Refusal.notFound(Text.t("forum.noSuchForum")).exception());
    }

    private static Refused noForum() {
        return Refusal.notFound(Text.t("forum.noSuchForum")).exception();
    }

    private static Refused noThread() {
        return Refusal.notFound(Text.t("forum.noSuchThreadHere")).exception();
    }

    /** The forum search box. */
    public record SearchForm(@Size(max = Forums.SEARCH_MAX, message = "{forum.search.tooLong}") String q) {
    }
}
