package org.carecommunities.forum;

import org.carecommunities.platform.WrittenLanguage;
import org.carecommunities.platform.Text;
import org.carecommunities.forum.threads.EditablePost;
import org.carecommunities.forum.news.Following;
import org.carecommunities.forum.threads.ForumCard;
import org.carecommunities.forum.moderation.ForumModeration;
import org.carecommunities.forum.threads.ForumQueries;
import org.carecommunities.forum.threads.ThreadSearch;
import org.carecommunities.forum.reading.ForumReading;
import org.carecommunities.forum.threads.PostCard;
import org.carecommunities.forum.proposals.ForumProposals;
import org.carecommunities.forum.proposals.ProposalStory;
import org.carecommunities.forum.reading.ThreadReading;
import org.carecommunities.forum.threads.ThreadRow;
import org.carecommunities.forum.trust.Trust;
import org.carecommunities.forum.domain.TrustLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.domain.Forum;
import org.carecommunities.forum.domain.ForumMembership;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.forum.domain.Post;
import org.carecommunities.forum.domain.PostReport;
import org.carecommunities.forum.domain.PostingRules;
import org.carecommunities.forum.domain.Proposal;
import org.carecommunities.forum.domain.ProposalSupport;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.ServiceCard;
import org.carecommunities.identity.HomeNeighbourhoodChanged;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.identity.Members;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Like;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.RichText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The forum module's facade for reading and taking part: forums, threads, posts, proposals and reports. Every
 * method is one transaction and returns records (refusals as {@link org.carecommunities.platform.Outcome}s). Authors' names and organisations come from the identity and
 * neighbourhood modules, a batch per page, never a query per row. Moderation is {@link ForumModeration};
 * following and what's new is {@link Following}.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Forums {

    public static final int THREADS_PER_PAGE = 20;
    public static final int POSTS_PER_PAGE = 25;
    public static final int SIMILAR_MAX = 5;
    /** The longest thread title and post, for forms and pages: the entities' own limits. */
    public static final int TITLE_MAX = ForumThread.TITLE_MAX;
    public static final int BODY_MAX = Post.BODY_MAX;
    /** A post under review stays as it is until a moderator decides. */
    private static Refusal underReview() {
        return Refusal.conflict("body", Text.t("forum.post.underReview"));
    }
    /** The longest search of the forums. */
    public static final int SEARCH_MAX = 100;
    /** Threads looked at per word of a title being typed, before ranking by words in common. */
    private static final int SIMILAR_CANDIDATES = 20;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    ForumQueries queries;

    @Inject
    ForumProposals proposals;

    @Inject
    ThreadSearch threadSearch;

    @Inject
    Following following;

    @Inject
    Trust trust;

    @Inject
    AssetMap assetMap;

    /** Most posts (threads and replies) one member may send in a minute, on every replica together. */
    @Inject
    @ConfigProperty(name = "forum.posts.per.minute", defaultValue = "10")
    int postsPerMinute;

    /**
     * How many regulars' reports hide a post until a moderator looks at it; reports from others weigh by their
     * trust level and past accuracy (see {@link TrustLevel#reportWeight}).
     */
    @Inject
    @ConfigProperty(name = "forum.reports.to.hide", defaultValue = "3")
    int reportsToHide;

    /** Reports one member may send in a day, so nobody can flood the moderators' queue (0: no limit). */
    @Inject
    @ConfigProperty(name = "forum.reports.per.day", defaultValue = "20")
    int reportsPerDay;


    /** Every forum, by neighbourhood, general forum first. */
    public List<ForumSummary> all() {
        return queries.summaries(em.createNamedQuery(Forum.ALL, Forum.class).getResultList());
    }

    public List<ForumSummary> inNeighbourhood(long neighbourhoodId) {
        return queries.summaries(em.createNamedQuery(Forum.IN_NEIGHBOURHOOD, Forum.class)
                .setParameter("neighbourhood", neighbourhoodId).getResultList());
    }

    /** A neighbourhood's forums, each with its most recently active thread (null in an empty forum). */
    public List<ForumCard> cards(long neighbourhoodId) {
        List<ForumSummary> forums = inNeighbourhood(neighbourhoodId);
        if (forums.isEmpty()) {
            return List.of();
        }
        Map<Long, ThreadRow> latest = new HashMap<>();
        // one short read by index for each of the neighbourhood's forums: one query for all of them compared every
        // thread with every other of its forum, seconds at 2,000 threads (docs/performance.md)
        List<ForumThread> threads = forums.stream().flatMap(f -> em.createNamedQuery(ForumThread.LATEST_IN_FORUM,
                ForumThread.class).setParameter("forum", f.id()).setMaxResults(1).getResultStream()).toList();
        List<ThreadRow> rows = queries.rows(threads);
        for (int i = 0; i < threads.size(); i++) {
            latest.putIfAbsent(threads.get(i).forum().id(), rows.get(i));
        }
        return forums.stream().map(f -> new ForumCard(f, latest.get(f.id()))).toList();
    }

    public Optional<ForumSummary> forum(String slug) {
        return queries.forumBySlug(slug).map(f -> queries.summaries(List.of(f)).get(0));
    }

    public Outcome<Void> join(String forumSlug, MemberDetails member) {
        Optional<Forum> found = queries.forumBySlug(forumSlug);
        if (found.isEmpty()) {
            return Outcome.refused(ForumQueries.noForum());
        }
        if (!queries.joined(found.get(), member.id())) {
            em.persist(new ForumMembership(found.get().id(), member.id(), now()));
        }
        return Outcome.done();
    }

    public Outcome<Void> leave(String forumSlug, MemberDetails member) {
        Optional<Forum> found = queries.forumBySlug(forumSlug);
        if (found.isEmpty()) {
            return Outcome.refused(ForumQueries.noForum());
        }
        ForumMembership membership = em.find(ForumMembership.class,
                ForumMembership.key(found.get().id(), member.id()));
        if (membership != null) {
            em.remove(membership);
        }
        return Outcome.done();
    }

    /** Threads a moderator pinned, most recently pinned first: they head the forum's first page. */
    public List<ThreadRow> pinned(String forumSlug) {
        return queries.forumBySlug(forumSlug).map(this::pinned).orElse(List.of());
    }

    private List<ThreadRow> pinned(Forum forum) {
        return queries.rows(em.createNamedQuery(ForumThread.PINNED_IN_FORUM, ForumThread.class)
                .setParameter("forum", forum.id()).getResultList());
    }

    /** Threads by latest activity, pinned ones apart. */
    public Paged<ThreadRow> threads(String forumSlug, int page) {
        return queries.forumBySlug(forumSlug).map(forum -> threads(forum, page))
                .orElseGet(() -> new Paged<>(List.of(), 1, THREADS_PER_PAGE, 0));
    }

    private Paged<ThreadRow> threads(Forum forum, int page) {
        long total = em.createNamedQuery(ForumThread.COUNT_IN_FORUM, Long.class).setParameter("forum", forum.id())
                .getSingleResult();
        Paged<ThreadRow> shape = new Paged<>(List.of(), page, THREADS_PER_PAGE, total);
        List<ForumThread> rows = em.createNamedQuery(ForumThread.IN_FORUM, ForumThread.class)
                .setParameter("forum", forum.id()).setFirstResult(shape.firstResult())
                .setMaxResults(THREADS_PER_PAGE).getResultList();
        return new Paged<>(queries.rows(rows), page, THREADS_PER_PAGE, total);
    }

    /**
     * A forum's page as one reader (null: anyone) sees it, in one read: the forum, a page of its threads (the
     * pinned ones too, on the first), whether the reader has joined, and why they may not post now (or null).
     */
    public Optional<ForumReading> readForum(String forumSlug, int page, MemberDetails reader) {
        Forum forum = queries.forumBySlug(forumSlug).orElse(null);
        if (forum == null) {
            return Optional.empty();
        }
        Paged<ThreadRow> threads = threads(forum, page);
        List<ThreadRow> pinned = threads.page() == 1 ? pinned(forum) : List.of();
        boolean joined = reader != null && queries.joined(forum, reader.id());
        String refusal = reader == null ? null : queries.refusalToWrite(forum, null, reader.id());
        return Optional.of(new ForumReading(queries.summaries(List.of(forum)).get(0), threads, pinned, joined,
                refusal));
    }

    /**
     * A page of a thread as one reader (null: anyone) sees it, in one read: the thread, its posts, the proposal it
     * makes, and what the reader may do in it. Empty when the thread is not in that forum.
     */
    public Optional<ThreadReading> readThread(String forumSlug, long threadId, int page, MemberDetails reader) {
        return threadIn(forumSlug, threadId).map(thread -> new ThreadReading(queries.details(thread),
                posts(thread, page, idOf(reader)), proposals.proposal(thread, reader).orElse(null),
                readerOf(thread, reader)));
    }

    /** The posts after a position (at most a page) as one reader sees them, for live replies on the last page. */
    public Optional<ThreadReading> readThreadAfter(String forumSlug, long threadId, int position,
                                                   MemberDetails reader) {
        return threadIn(forumSlug, threadId).map(thread -> new ThreadReading(queries.details(thread),
                Paged.whole(postsAfter(threadId, position, idOf(reader))), null, readerOf(thread, reader)));
    }

    /** The thread, when it is in that forum. */
    private Optional<ForumThread> threadIn(String forumSlug, long threadId) {
        return Optional.ofNullable(em.find(ForumThread.class, threadId))
                .filter(t -> t.forum().slug().equals(forumSlug));
    }

    private ThreadReading.Reader readerOf(ForumThread thread, MemberDetails reader) {
        String refusal = queries.refusalToWrite(thread.forum(), thread, idOf(reader));
        if (reader == null) {
            return new ThreadReading.Reader(false, false, refusal);
        }
        return new ThreadReading.Reader(queries.joined(thread.forum(), reader.id()),
                following.follows(thread.id(), reader.id()), refusal);
    }

    private static Long idOf(MemberDetails member) {
        return member == null ? null : member.id();
    }

    public Optional<ThreadDetails> thread(long threadId) {
        return Optional.ofNullable(em.find(ForumThread.class, threadId)).map(queries::details);
    }

    public Optional<ThreadDetails> thread(String forumSlug, long threadId) {
        return threadIn(forumSlug, threadId).map(queries::details);
    }

    /**
     * One page of a thread's posts (the opening post first). Posts are numbered, so any page, the last of ten
     * thousand included, is one range query plus one for names.
     */
    public Paged<PostCard> posts(long threadId, int page, Long viewerId) {
        return posts(em.find(ForumThread.class, threadId), page, viewerId);
    }

    private Paged<PostCard> posts(ForumThread thread, int page, Long viewerId) {
        long threadId = thread.id();
        long total = thread.replyCount() + 1L;
        Paged<PostCard> shape = new Paged<>(List.of(), page, POSTS_PER_PAGE, total);
        List<Post> posts = em.createNamedQuery(Post.PAGE, Post.class).setParameter("thread", threadId)
                .setParameter("from", shape.firstResult()).setParameter("to", shape.firstResult() + POSTS_PER_PAGE)
                .getResultList();
        List<PostCard> views = views(posts, viewerId);
        return new Paged<>(views, page, POSTS_PER_PAGE, total);
    }

    /** Posts after a position, oldest first, at most a page: what a reader of the last page has not seen. */
    public List<PostCard> postsAfter(long threadId, int position, Long viewerId) {
        return views(em.createNamedQuery(Post.PAGE, Post.class).setParameter("thread", threadId)
                .setParameter("from", position + 1).setParameter("to", position + 1 + POSTS_PER_PAGE)
                .getResultList(), viewerId);
    }

    private List<PostCard> views(List<Post> posts, Long viewerId) {
        Map<Long, Members.Author> authors = members.authors(posts.stream().map(Post::authorId).toList());
        Map<String, String> organisations = neighbourhoods.organisationNames(posts.stream()
                .map(Post::actingOrganisation).filter(Objects::nonNull).toList());
        Map<Long, String> places = posts.isEmpty() ? Map.of() : neighbourhoods.names();
        LocalDateTime now = queries.now();
        Map<String, ServiceCard> cited = assetMap.cited(posts.stream().filter(p -> !p.deleted() && !p.hidden())
                .flatMap(p -> p.cites().stream()).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(ServiceCard::id, c -> c));
        return posts.stream().map(p -> new PostCard(p.id(), p.position(), p.authorId(),
                Optional.ofNullable(authors.get(p.authorId())).map(Members.Author::displayName)
                        .orElse(Text.t("forum.post.formerMember")),
                p.actingOrganisation() == null ? null : organisations.getOrDefault(p.actingOrganisation(),
                        p.actingOrganisation()),
                p.actingOrganisation() != null ? null : Optional.ofNullable(authors.get(p.authorId()))
                        .map(a -> places.get(a.homeNeighbourhoodId())).orElse(null),
                p.deleted() || p.hidden() && !Objects.equals(viewerId, p.authorId()) ? null : p.html(),
                p.createdAt(), p.editedAt(), p.deleted(), p.hidden(),
                viewerId != null && p.canEdit(viewerId, now), viewerId != null && viewerId == p.authorId(),
                p.deleted() || p.hidden() ? List.of() : p.cites().stream().map(cited::get).filter(Objects::nonNull)
                        .toList(), p.writtenIn(), WrittenLanguage.of(p.writtenIn()).map(WrittenLanguage::rightToLeft)
                        .orElse(false))).toList();
    }

    /**
     * Renders and stores the HTML of up to {@code batch} posts after {@code afterId} that have none by today's
     * rules (written before it was stored, loaded by SQL, or rendered by older rules). Returns the last post looked at, or -1 when there were none.
     */
    public long renderMissingHtml(long afterId, int batch) {
        List<Post> posts = em.createNamedQuery(Post.WITHOUT_HTML, Post.class).setParameter("after", afterId)
                .setParameter("version", RichText.VERSION).setMaxResults(batch).getResultList();
        posts.forEach(Post::renderHtml);
        return posts.isEmpty() ? -1 : posts.get(posts.size() - 1).id();
    }

    /** Starts a thread; the member must have joined the forum. Returns the thread's id. */
    public Outcome<Long> startThread(String forumSlug, MemberDetails author, String title, String body) {
        return startThread(forumSlug, author, title, body, false);
    }

    /** Starts a thread, or a proposal for the neighbourhood to do something. Returns the thread's id. */
    public Outcome<Long> startThread(String forumSlug, MemberDetails author, String title, String body,
                                     boolean proposal) {
        return startThread(forumSlug, author, title, body, proposal, List.of());
    }

    /**
     * Starts a thread (or a proposal) whose opening post cites services from the asset map: those ticked, and
     * those its text links to. Returns the thread's id.
     */
    public Outcome<Long> startThread(String forumSlug, MemberDetails author, String title, String body,
                                     boolean proposal, List<String> ticked) {
        return startThread(forumSlug, author, title, body, proposal, ticked, null);
    }

    /**
     * As {@link #startThread(String, MemberDetails, String, String, boolean, List)}, written in a language (a tag
     * from {@link WrittenLanguage#all()}; null: the language the author's pages are in).
     */
    public Outcome<Long> startThread(String forumSlug, MemberDetails author, String title, String body,
                                     boolean proposal, List<String> ticked, String language) {
        Optional<WrittenLanguage> writtenIn = writtenIn(language);
        if (writtenIn.isEmpty()) {
            return Outcome.refused(Refusal.invalid("language", Text.t("forum.post.language")));
        }
        Optional<Forum> found = queries.forumBySlug(forumSlug);
        if (found.isEmpty()) {
            return Outcome.refused(ForumQueries.noForum());
        }
        Forum forum = found.get();
        Outcome<List<String>> cites = assetMap.citations(body, ticked);
        Refusal refusal = firstOf(queries.refusalToWrite(forum, null, author, "forum.join.post"),
                limits(author, body), cites.refusal());
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        ForumThread thread = new ForumThread(forum, title, author.id(), author.actingOrganisation(), now());
        if (proposal) {
            thread.propose();
        }
        em.persist(thread);
        Post opening = thread.open(body);
        opening.cite(cites.orRefuse());
        opening.writtenIn(writtenIn.get().tag());
        thread.writtenIn(writtenIn.get().tag());
        em.persist(opening);
        em.flush();
        following.tookPart(thread.id(), author.id(), 0);
        return Outcome.done(thread.id());
    }

    /** Replies to a thread; the member must have joined its forum. Returns the reply's position. */
    public Outcome<Integer> reply(long threadId, MemberDetails author, String body) {
        return reply(threadId, author, body, List.of());
    }

    /** Replies to a thread, citing services (ticked, or linked to in the text). Returns the reply's position. */
    public Outcome<Integer> reply(long threadId, MemberDetails author, String body, List<String> ticked) {
        return reply(threadId, author, body, ticked, null);
    }

    /** As {@link #reply(long, MemberDetails, String, List)}, written in a language (null: the author's pages'). */
    public Outcome<Integer> reply(long threadId, MemberDetails author, String body, List<String> ticked,
                                  String language) {
        Optional<WrittenLanguage> writtenIn = writtenIn(language);
        if (writtenIn.isEmpty()) {
            return Outcome.refused(Refusal.invalid("language", Text.t("forum.post.language")));
        }
        // the thread's row is held until the reply is saved: replies sent at once take the next positions in turn
        // (read together, they took the same one, and all but the first failed on the thread's unique positions)
        ForumThread thread = em.find(ForumThread.class, threadId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (thread == null) {
            return Outcome.refused(ForumQueries.noThread());
        }
        Outcome<List<String>> cites = assetMap.citations(body, ticked);
        Refusal refusal = firstOf(queries.refusalToWrite(thread.forum(), thread, author, "forum.join.reply"),
                limits(author, body), cites.refusal());
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        Post reply = thread.reply(author.id(), author.actingOrganisation(), body, now());
        reply.cite(cites.orRefuse());
        reply.writtenIn(writtenIn.get().tag());
        em.persist(reply);
        following.tookPart(thread.id(), author.id(), reply.position());
        return Outcome.done(reply.position());
    }

    /** The language a post is written in: the one chosen, or the author's pages' when none was; empty if unknown. */
    private static Optional<WrittenLanguage> writtenIn(String language) {
        return language == null || language.isBlank() ? Optional.of(WrittenLanguage.current())
                : WrittenLanguage.of(language);
    }

    /**
     * Why this member (null: anyone) may not write in the forum or thread (null: the forum) now: a suspension
     * in its neighbourhood or a locked thread. Empty when they may.
     */
    public Optional<String> refusalToWrite(String forumSlug, Long threadId, MemberDetails member) {
        return queries.forumBySlug(forumSlug).map(forum -> queries.refusalToWrite(forum,
                threadId == null ? null : em.find(ForumThread.class, threadId), member == null ? null : member.id()));
    }

    /**
     * Threads in the same neighbourhood whose titles share words with what someone is typing, to find the
     * conversation they were about to start again.
     */
    public List<ThreadRow> similar(String forumSlug, String title) {
        Forum forum = queries.forumBySlug(forumSlug).orElse(null);
        if (forum == null) {
            return List.of();
        }
        Map<Long, ForumThread> found = new LinkedHashMap<>();
        Map<Long, Integer> matches = new HashMap<>();
        for (String word : significantWords(title)) {
            em.createNamedQuery(ForumThread.TITLE_LIKE, ForumThread.class)
                    .setParameter("neighbourhood", forum.neighbourhoodId())
                    .setParameter("pattern", Like.containing(word))
                    .setMaxResults(SIMILAR_CANDIDATES).getResultList()
                    .forEach(t -> {
                        found.putIfAbsent(t.id(), t);
                        matches.merge(t.id(), 1, Integer::sum);
                    });
        }
        // most words in common first; among equals, the most recently active; one thread of each title, so the
        // same question asked five times does not push every other conversation out
        Set<String> titles = new HashSet<>();
        return queries.rows(found.values().stream()
                .sorted(Comparator.comparing((ForumThread t) -> matches.get(t.id())).reversed()
                        .thenComparing(ForumThread::lastActivityAt, Comparator.reverseOrder()))
                .filter(t -> titles.add(t.title().strip().toLowerCase(Locale.UK)))
                .limit(SIMILAR_MAX).toList());
    }

    /**
     * Threads whose titles or posts have the words, optionally in one forum (by slug; none found in a forum that
     * does not exist): best matches first on PostgreSQL, newest first on the embedded database ({@link ThreadSearch}).
     */
    public ThreadSearch.Found search(String query, String forumSlug, int page) {
        Long forumId = null;
        if (forumSlug != null) {
            Forum forum = queries.forumBySlug(forumSlug).orElse(null);
            if (forum == null) {
                return new ThreadSearch.Found(new Paged<>(List.of(), 1, THREADS_PER_PAGE, 0), false, false);
            }
            forumId = forum.id();
        }
        return threadSearch.search(query, forumId, page, THREADS_PER_PAGE);
    }

    /** The post at a position in a thread, as its author may edit it; empty when there is none. */
    public Optional<EditablePost> editable(long threadId, int position, long editorId) {
        return queries.postAt(threadId, position).filter(p -> p.canEdit(editorId, now()))
                .map(p -> new EditablePost(threadId, p.position(), p.body(), p.cites()));
    }

    /** The author changes their post, within the edit window. */
    public Outcome<Void> edit(long threadId, int position, MemberDetails editor, String body) {
        return edit(threadId, position, editor, body, null);
    }

    /**
     * The author changes their post and the services it cites (ticked, or linked to in the text); {@code ticked}
     * null keeps the ones it cites.
     */
    public Outcome<Void> edit(long threadId, int position, MemberDetails editor, String body, List<String> ticked) {
        Post post = queries.postAt(threadId, position).orElse(null);
        if (post == null) {
            return Outcome.refused(ForumQueries.noPost());
        }
        Refusal refusal = queries.refusalToWrite(post.thread().forum(), post.thread(), editor,
                "forum.join.change");
        if (refusal == null && post.hidden() && post.authorId() == editor.id()) {
            refusal = underReview();
        }
        if (refusal == null && !post.canEdit(editor.id(), now())) {
            refusal = post.authorId() != editor.id() ? Refusal.notPermitted(Text.t("forum.post.onlyYours"))
                    : Refusal.conflict("body", Text.t("forum.post.editWindow", "minutes",
                            Post.EDIT_WINDOW.toMinutes()));
        }
        if (refusal == null) {
            refusal = tooManyLinks(trust.levelOf(editor), body);
        }
        Outcome<List<String>> cites = assetMap.citations(body, ticked == null ? post.cites() : ticked);
        if (refusal == null) {
            refusal = cites.refusal();
        }
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        post.edit(editor.id(), body, now());
        post.cite(cites.orRefuse());
        return Outcome.done();
    }

    /** The author deletes their post; it stays in the thread as deleted. */
    public Outcome<Void> delete(long threadId, int position, MemberDetails author) {
        Post post = queries.postAt(threadId, position).orElse(null);
        if (post == null) {
            return Outcome.refused(ForumQueries.noPost());
        }
        if (post.authorId() != author.id()) {
            return Outcome.refused(Refusal.notPermitted(Text.t("forum.post.onlyYoursDelete")));
        }
        if (post.hidden()) {
            return Outcome.refused(underReview());
        }
        post.deleteBy(author.id(), now());
        return Outcome.done();
    }

    /**
     * A member reports a post, once. The report weighs by the reporter's trust level and past accuracy; when the
     * open reports together weigh as much as {@code forum.reports.to.hide} regulars' would, the post is hidden
     * until a moderator reviews it, unless its author moderates the neighbourhood: a moderator's post goes to the
     * other moderators' queue instead. Returns whether it is hidden now.
     */
    public Outcome<Boolean> report(long threadId, int position, MemberDetails reporter, String reason) {
        Post post = queries.postAt(threadId, position).orElse(null);
        if (post == null) {
            return Outcome.refused(ForumQueries.noPost());
        }
        Refusal refusal = queries.refusalToJoinIn(post.thread().forum(), reporter, "forum.join.report");
        if (refusal == null && post.authorId() == reporter.id()) {
            refusal = Refusal.notPermitted(Text.t("forum.report.own"));
        }
        if (refusal == null && PostingRules.tooManyReports(em.createNamedQuery(PostReport.RECENT_BY, Long.class)
                .setParameter("reporter", reporter.id()).setParameter("since", now().minusDays(1))
                .getSingleResult(), reportsPerDay)) {
            refusal = Refusal.tooFast("reason", Text.t("forum.report.tooMany"), Duration.ofHours(1));
        }
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        boolean already = !em.createNamedQuery(PostReport.BY, PostReport.class).setParameter("post", post.id())
                .setParameter("reporter", reporter.id()).getResultList().isEmpty();
        if (!already) {
            TrustLevel level = trust.levelOf(reporter);
            em.persist(new PostReport(post, reporter.id(), reason, level, trust.reportWeight(reporter, level),
                    now()));
            em.flush();
        }
        Number open = em.createNamedQuery(PostReport.OPEN_WEIGHT, Number.class).setParameter("post", post.id())
                .getSingleResult();
        if (!post.hidden() && PostingRules.hiddenByReports(open == null ? 0 : open.longValue(), reportsToHide * 100)
                && !queries.moderates(post.authorId(), post.thread().forum().neighbourhoodId())) {
            post.hide(Post.HiddenBy.REPORTS, null, now());
        }
        return Outcome.done(post.hidden());
    }

    /**
     * Refused when the member has sent as many posts as their level allows in the last minute, or the post holds
     * more web addresses than their level allows.
     */
    private Refusal limits(MemberDetails author, String body) {
        TrustLevel level = trust.levelOf(author);
        Refusal links = tooManyLinks(level, body);
        if (links != null) {
            return links;
        }
        long recent = em.createNamedQuery(Post.RECENT_BY, Long.class).setParameter("author", author.id())
                .setParameter("since", now().minusMinutes(1)).getSingleResult();
        int allowed = trust.postsPerMinute(level, postsPerMinute);
        if (!PostingRules.tooFast(recent, allowed)) {
            return null;
        }
        return Refusal.tooFast("body", level == TrustLevel.NEW && allowed < postsPerMinute
                ? Text.t("forum.post.newTooFast", "posts", allowed)
                : Text.t("forum.post.tooFast"), Duration.ofMinutes(1));
    }

    private Refusal tooManyLinks(TrustLevel level, String body) {
        int allowed = trust.linksPerPost(level);
        return allowed >= 0 && RichText.links(body) > allowed
                ? Refusal.invalid("body", Text.t("forum.post.tooManyLinks", "links", allowed)) : null;
    }

    private static Refusal firstOf(Refusal... refusals) {
        return java.util.Arrays.stream(refusals).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static List<String> significantWords(String title) {
        if (title == null) {
            return List.of();
        }
        return java.util.Arrays.stream(title.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4).distinct().limit(6).toList();
    }

    private LocalDateTime now() {
        return queries.now();
    }
}
