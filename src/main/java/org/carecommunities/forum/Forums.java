package org.carecommunities.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.domain.Forum;
import org.carecommunities.forum.domain.ForumMembership;
import org.carecommunities.forum.domain.ForumModerator;
import org.carecommunities.forum.domain.ModerationAction;
import org.carecommunities.forum.domain.PostReport;
import org.carecommunities.forum.domain.Proposal;
import org.carecommunities.forum.domain.ProposalSupport;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.forum.domain.Post;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Like;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.RichText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The forum module's facade. Every method is one transaction and returns records. Authors' names and
 * organisations come from the identity and neighbourhood modules, a batch per page, never a query per row.
 */
@ApplicationScoped
@Transactional
public class Forums {

    public static final int THREADS_PER_PAGE = 20;
    public static final int POSTS_PER_PAGE = 25;
    public static final int SIMILAR_MAX = 5;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Neighbourhoods neighbourhoods;

    /** Most posts (threads and replies) one member may send in a minute, on every replica together. */
    @Inject
    @ConfigProperty(name = "forum.posts.per.minute", defaultValue = "10")
    int postsPerMinute;

    /** Open reports from different members that hide a post until a moderator looks at it. */
    @Inject
    @ConfigProperty(name = "forum.reports.to.hide", defaultValue = "3")
    int reportsToHide;

    /** Supports a proposal needs where a neighbourhood has set no threshold of its own. */
    @Inject
    @ConfigProperty(name = "forum.proposal.threshold", defaultValue = "10")
    int defaultThreshold;

    Clock clock = Clock.systemUTC();

    /** Every forum, by neighbourhood, general forum first. */
    public List<ForumSummary> all() {
        return summaries(em.createNamedQuery(Forum.ALL, Forum.class).getResultList());
    }

    public List<ForumSummary> inNeighbourhood(long neighbourhoodId) {
        return summaries(em.createNamedQuery(Forum.IN_NEIGHBOURHOOD, Forum.class)
                .setParameter("neighbourhood", neighbourhoodId).getResultList());
    }

    public Optional<ForumSummary> forum(String slug) {
        return forumBySlug(slug).map(f -> summaries(List.of(f)).get(0));
    }

    /** The forums a member has joined, by id. */
    public Set<Long> joinedBy(long memberId) {
        return new HashSet<>(em.createNamedQuery(ForumMembership.JOINED_BY, Long.class)
                .setParameter("member", memberId).getResultList());
    }

    public void join(String forumSlug, MemberDetails member) {
        Forum forum = require(forumSlug);
        if (em.find(ForumMembership.class, ForumMembership.key(forum.id(), member.id())) == null) {
            em.persist(new ForumMembership(forum.id(), member.id(), now()));
        }
    }

    public void leave(String forumSlug, MemberDetails member) {
        Forum forum = require(forumSlug);
        ForumMembership membership = em.find(ForumMembership.class, ForumMembership.key(forum.id(), member.id()));
        if (membership != null) {
            em.remove(membership);
        }
    }

    /** Threads by latest activity. */
    public Paged<ThreadRow> threads(String forumSlug, int page) {
        Forum forum = require(forumSlug);
        long total = em.createNamedQuery(ForumThread.COUNT_IN_FORUM, Long.class).setParameter("forum", forum.id())
                .getSingleResult();
        Paged<ThreadRow> shape = new Paged<>(List.of(), page, THREADS_PER_PAGE, total);
        List<ForumThread> rows = em.createNamedQuery(ForumThread.IN_FORUM, ForumThread.class)
                .setParameter("forum", forum.id()).setFirstResult(shape.firstResult())
                .setMaxResults(THREADS_PER_PAGE).getResultList();
        return new Paged<>(rows(rows), page, THREADS_PER_PAGE, total);
    }

    public Optional<ThreadDetails> thread(String forumSlug, long threadId) {
        return Optional.ofNullable(em.find(ForumThread.class, threadId))
                .filter(t -> t.forum().slug().equals(forumSlug))
                .map(t -> new ThreadDetails(t.id(), t.title(), summaries(List.of(t.forum())).get(0), t.replyCount()));
    }

    /**
     * One page of a thread's posts (the opening post first). Posts are numbered, so any page, the last of ten
     * thousand included, is one range query plus one for names.
     */
    public Paged<PostView> posts(long threadId, int page, Long viewerId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        long total = thread.replyCount() + 1L;
        Paged<PostView> shape = new Paged<>(List.of(), page, POSTS_PER_PAGE, total);
        List<Post> posts = em.createNamedQuery(Post.PAGE, Post.class).setParameter("thread", threadId)
                .setParameter("from", shape.firstResult()).setParameter("to", shape.firstResult() + POSTS_PER_PAGE)
                .getResultList();
        List<PostView> views = views(posts, viewerId);
        return new Paged<>(views, page, POSTS_PER_PAGE, total);
    }

    /** Posts after a position, oldest first, at most a page: what a reader of the last page has not seen. */
    public List<PostView> postsAfter(long threadId, int position, Long viewerId) {
        return views(em.createNamedQuery(Post.PAGE, Post.class).setParameter("thread", threadId)
                .setParameter("from", position + 1).setParameter("to", position + 1 + POSTS_PER_PAGE)
                .getResultList(), viewerId);
    }

    private List<PostView> views(List<Post> posts, Long viewerId) {
        Map<Long, Members.Author> authors = members.authors(posts.stream().map(Post::authorId).toList());
        Map<String, String> organisations = neighbourhoods.organisationNames(posts.stream()
                .map(Post::actingOrganisation).filter(java.util.Objects::nonNull).toList());
        Map<Long, String> places = posts.isEmpty() ? Map.of() : neighbourhoods.names();
        LocalDateTime now = now();
        return posts.stream().map(p -> new PostView(p.id(), p.position(), p.authorId(),
                Optional.ofNullable(authors.get(p.authorId())).map(Members.Author::displayName)
                        .orElse("A former member"),
                p.actingOrganisation() == null ? null : organisations.getOrDefault(p.actingOrganisation(),
                        p.actingOrganisation()),
                p.actingOrganisation() != null ? null : Optional.ofNullable(authors.get(p.authorId()))
                        .map(a -> places.get(a.homeNeighbourhoodId())).orElse(null),
                p.deleted() || p.hidden() && !Objects.equals(viewerId, p.authorId()) ? null : RichText.toHtml(p.body()),
                p.createdAt(), p.editedAt(), p.deleted(), p.hidden(),
                viewerId != null && p.canEdit(viewerId, now), viewerId != null && viewerId == p.authorId())).toList();
    }

    /** Starts a thread; the member must have joined the forum. Returns the thread's id. */
    public long startThread(String forumSlug, MemberDetails author, String title, String body) {
        return startThread(forumSlug, author, title, body, false);
    }

    /** Starts a thread, or a proposal for the neighbourhood to do something. Returns the thread's id. */
    public long startThread(String forumSlug, MemberDetails author, String title, String body, boolean proposal) {
        Forum forum = require(forumSlug);
        requireJoined(forum, author);
        requireNotTooFast(author);
        ForumThread thread = new ForumThread(forum, title, author.id(), author.actingOrganisation(), now());
        if (proposal) {
            thread.propose();
        }
        em.persist(thread);
        em.persist(thread.open(body));
        em.flush();
        return thread.id();
    }

    /** Replies to a thread; the member must have joined its forum. Returns the reply's position. */
    public int reply(long threadId, MemberDetails author, String body) {
        ForumThread thread = Optional.ofNullable(em.find(ForumThread.class, threadId))
                .orElseThrow(() -> new ForumException("That thread no longer exists."));
        requireJoined(thread.forum(), author);
        requireNotTooFast(author);
        Post reply = thread.reply(author.id(), author.actingOrganisation(), body, now());
        em.persist(reply);
        return reply.position();
    }

    /**
     * Threads in the same neighbourhood whose titles share words with what someone is typing, to find the
     * conversation they were about to start again.
     */
    public List<ThreadRow> similar(String forumSlug, String title) {
        Forum forum = require(forumSlug);
        List<String> words = significantWords(title);
        Map<Long, ForumThread> found = new java.util.LinkedHashMap<>();
        for (String word : words) {
            em.createNamedQuery(ForumThread.TITLE_LIKE, ForumThread.class)
                    .setParameter("neighbourhood", forum.neighbourhoodId())
                    .setParameter("pattern", Like.containing(word))
                    .setMaxResults(SIMILAR_MAX).getResultList()
                    .forEach(t -> found.putIfAbsent(t.id(), t));
            if (found.size() >= SIMILAR_MAX) {
                break;
            }
        }
        return rows(found.values().stream().limit(SIMILAR_MAX).toList());
    }

    /** Posts and thread titles containing the words, newest first; optionally in one forum. */
    public Paged<ThreadRow> search(String query, String forumSlug, int page) {
        String pattern = Like.containing(query);
        String where = " FROM ForumThread t WHERE (LOWER(t.title) LIKE :pattern ESCAPE '\\' OR t.id IN "
                + "(SELECT p.thread.id FROM Post p WHERE p.deletedAt IS NULL AND LOWER(p.body) LIKE :pattern ESCAPE '\\'))"
                + (forumSlug == null ? "" : " AND t.forum.slug = :forum");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t)" + where, Long.class).setParameter("pattern", pattern);
        TypedQuery<ForumThread> rows = em.createQuery("SELECT t" + where + " ORDER BY t.lastActivityAt DESC",
                ForumThread.class).setParameter("pattern", pattern);
        if (forumSlug != null) {
            count.setParameter("forum", forumSlug);
            rows.setParameter("forum", forumSlug);
        }
        long total = count.getSingleResult();
        Paged<ThreadRow> shape = new Paged<>(List.of(), page, THREADS_PER_PAGE, total);
        return new Paged<>(rows(rows.setFirstResult(shape.firstResult()).setMaxResults(THREADS_PER_PAGE)
                .getResultList()), page, THREADS_PER_PAGE, total);
    }

    /** The post at a position in a thread, as its author may edit it; empty when there is none. */
    public Optional<EditablePost> editable(long threadId, int position, long editorId) {
        return postAt(threadId, position).filter(p -> p.canEdit(editorId, now()))
                .map(p -> new EditablePost(threadId, p.position(), p.body()));
    }

    /** The author changes their post, within the edit window. */
    public void edit(long threadId, int position, MemberDetails editor, String body) {
        Post post = postAt(threadId, position).orElseThrow(() -> new ForumException("That post no longer exists."));
        if (!post.canEdit(editor.id(), now())) {
            throw new ForumException("You can change your own posts for " + Post.EDIT_WINDOW.toMinutes()
                    + " minutes after sending them.");
        }
        post.edit(editor.id(), body, now());
    }

    /** The author deletes their post; it stays in the thread as deleted. */
    public void delete(long threadId, int position, MemberDetails author) {
        Post post = postAt(threadId, position).orElseThrow(() -> new ForumException("That post no longer exists."));
        if (post.authorId() != author.id()) {
            throw new ForumException("You can only delete your own posts.");
        }
        post.deleteBy(author.id(), now());
    }

    /** The proposal a thread makes, as this viewer sees it; empty for an ordinary thread. */
    public Optional<ProposalView> proposal(long threadId, MemberDetails viewer, boolean viewerIsResident) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || thread.proposalStatus() == null) {
            return Optional.empty();
        }
        Set<Long> supporters = supporters(threadId);
        String refusal = viewer == null ? "Sign in to support this proposal."
                : Proposal.refusal(thread.proposalStatus(), thread.authorId(), viewer.id(),
                        residentOf(thread, viewer, viewerIsResident), supporters);
        return Optional.of(new ProposalView(thread.proposalStatus().label(),
                !thread.proposalStatus().decided(), supporters.size(), threshold(thread),
                viewer != null && supporters.contains(viewer.id()), refusal, thread.proposalResponse()));
    }

    /** A resident of the proposal's neighbourhood supports it, once. */
    public void support(long threadId, MemberDetails member, boolean memberIsResident) {
        ForumThread thread = Optional.ofNullable(em.find(ForumThread.class, threadId))
                .orElseThrow(() -> new ForumException("That thread no longer exists."));
        String refusal = Proposal.refusal(thread.proposalStatus(), thread.authorId(), member.id(),
                residentOf(thread, member, memberIsResident), supporters(threadId));
        if (refusal != null) {
            throw new ForumException(refusal);
        }
        em.persist(new ProposalSupport(threadId, member.id(), now()));
        em.flush();
        thread.supportChanged(supporters(threadId).size(), threshold(thread));
    }

    /** A supporter withdraws their support. */
    public void withdraw(long threadId, MemberDetails member) {
        ProposalSupport support = em.find(ProposalSupport.class, ProposalSupport.key(threadId, member.id()));
        if (support != null) {
            em.remove(support);
        }
    }

    private Set<Long> supporters(long threadId) {
        return new HashSet<>(em.createNamedQuery(ProposalSupport.SUPPORTERS, Long.class)
                .setParameter("thread", threadId).getResultList());
    }

    private static boolean residentOf(ForumThread thread, MemberDetails member, boolean isResident) {
        return isResident && member.homeNeighbourhoodId() == thread.forum().neighbourhoodId();
    }

    private int threshold(ForumThread thread) {
        List<?> set = em.createNativeQuery("SELECT supports FROM proposal_threshold WHERE neighbourhood_id = ?")
                .setParameter(1, thread.forum().neighbourhoodId()).getResultList();
        return set.isEmpty() ? defaultThreshold : ((Number) set.get(0)).intValue();
    }

    /**
     * A member reports a post. Each member counts once per post; when {@code forum.reports.to.hide} members have
     * reported it, it is hidden until a moderator reviews it. Returns whether it is hidden now.
     */
    public boolean report(long threadId, int position, MemberDetails reporter, String reason) {
        Post post = postAt(threadId, position).orElseThrow(() -> new ForumException("That post no longer exists."));
        if (post.authorId() == reporter.id()) {
            throw new ForumException("You cannot report your own post. You can change or delete it instead.");
        }
        boolean already = !em.createNamedQuery(PostReport.BY, PostReport.class).setParameter("post", post.id())
                .setParameter("reporter", reporter.id()).getResultList().isEmpty();
        if (!already) {
            em.persist(new PostReport(post, reporter.id(), reason, now()));
            em.flush();
        }
        long open = em.createNamedQuery(PostReport.OPEN_COUNT, Long.class).setParameter("post", post.id())
                .getSingleResult();
        if (open >= reportsToHide && !post.hidden()) {
            post.hide("Hidden after reports from " + open + " members, until a moderator reviews it.", now());
        }
        return post.hidden();
    }

    /** The neighbourhoods whose forums a member moderates. */
    public Set<Long> moderatedBy(long memberId) {
        return new HashSet<>(em.createNamedQuery(ForumModerator.NEIGHBOURHOODS_OF, Long.class)
                .setParameter("member", memberId).getResultList());
    }

    /** Hidden posts in those neighbourhoods, oldest first, with the reasons people gave. */
    public List<ModerationItem> queue(Set<Long> neighbourhoods) {
        if (neighbourhoods.isEmpty()) {
            return List.of();
        }
        List<Post> hidden = em.createNamedQuery(Post.HIDDEN_IN, Post.class)
                .setParameter("neighbourhoods", neighbourhoods).getResultList();
        Map<Long, List<String>> reasons = new HashMap<>();
        if (!hidden.isEmpty()) {
            em.createNamedQuery(PostReport.OPEN_FOR, PostReport.class)
                    .setParameter("posts", hidden.stream().map(Post::id).toList()).getResultList()
                    .forEach(r -> reasons.computeIfAbsent(r.post().id(), k -> new ArrayList<>()).add(r.reason()));
        }
        Map<Long, String> names = members.displayNames(hidden.stream().map(Post::authorId).toList());
        return hidden.stream().map(p -> new ModerationItem(p.id(), p.thread().forum().slug(), p.thread().id(),
                p.thread().title(), p.position(), names.getOrDefault(p.authorId(), "A former member"),
                RichText.plain(p.body()), p.hiddenReason(), reasons.getOrDefault(p.id(), List.of()))).toList();
    }

    /** A moderator shows a hidden post again; its open reports are closed. */
    public void restore(long postId, MemberDetails moderator, Set<Long> neighbourhoods, String reason) {
        Post post = moderatable(postId, neighbourhoods);
        post.restore();
        em.createNamedQuery(PostReport.OPEN_FOR, PostReport.class).setParameter("posts", List.of(postId))
                .getResultList().forEach(r -> r.resolve(now()));
        record(moderator, post, "restored", reason);
    }

    /** A moderator hides a post. */
    public void hide(long postId, MemberDetails moderator, Set<Long> neighbourhoods, String reason) {
        Post post = moderatable(postId, neighbourhoods);
        post.hide("Hidden by a moderator: " + reason, now());
        em.createNamedQuery(PostReport.OPEN_FOR, PostReport.class).setParameter("posts", List.of(postId))
                .getResultList().forEach(r -> r.resolve(now()));
        record(moderator, post, "hidden", reason);
    }

    /** Every moderation action in those neighbourhoods, newest first. */
    public List<ModerationLogEntry> log(Set<Long> neighbourhoods, int limit) {
        if (neighbourhoods.isEmpty()) {
            return List.of();
        }
        List<ModerationAction> actions = em.createNamedQuery(ModerationAction.IN, ModerationAction.class)
                .setParameter("neighbourhoods", neighbourhoods).setMaxResults(limit).getResultList();
        Map<Long, String> names = members.displayNames(actions.stream().map(ModerationAction::moderatorId).toList());
        return actions.stream().map(a -> new ModerationLogEntry(names.getOrDefault(a.moderatorId(), "A moderator"),
                a.action(), a.postId(), a.reason(), a.createdAt())).toList();
    }

    private Post moderatable(long postId, Set<Long> neighbourhoods) {
        Post post = em.find(Post.class, postId);
        if (post == null || !neighbourhoods.contains(post.thread().forum().neighbourhoodId())) {
            throw new ForumException("You do not moderate that post's neighbourhood.");
        }
        return post;
    }

    private void record(MemberDetails moderator, Post post, String action, String reason) {
        em.persist(new ModerationAction(moderator.id(), post.thread().forum().neighbourhoodId(), action, post.id(),
                reason, now()));
    }

    private Optional<Post> postAt(long threadId, int position) {
        return em.createNamedQuery(Post.AT, Post.class).setParameter("thread", threadId)
                .setParameter("position", position).getResultStream().findFirst();
    }

    private void requireNotTooFast(MemberDetails author) {
        long recent = em.createNamedQuery(Post.RECENT_BY, Long.class).setParameter("author", author.id())
                .setParameter("since", now().minusMinutes(1)).getSingleResult();
        if (recent >= postsPerMinute) {
            throw new PostingTooFastException();
        }
    }

    private void requireJoined(Forum forum, MemberDetails member) {
        if (em.find(ForumMembership.class, ForumMembership.key(forum.id(), member.id())) == null) {
            throw new ForumException("Join " + forum.name() + " to post in it.");
        }
    }

    private Forum require(String slug) {
        return forumBySlug(slug).orElseThrow(() -> new ForumException("There is no forum " + slug + "."));
    }

    private Optional<Forum> forumBySlug(String slug) {
        return em.createNamedQuery(Forum.BY_SLUG, Forum.class).setParameter("slug", slug).getResultStream()
                .findFirst();
    }

    private List<ForumSummary> summaries(List<Forum> forums) {
        if (forums.isEmpty()) {
            return List.of();
        }
        List<Long> ids = forums.stream().map(Forum::id).toList();
        Map<Long, Long> memberCounts = counts(ForumMembership.COUNTS, ids);
        Map<Long, Long> threadCounts = counts(ForumThread.COUNTS, ids);
        return forums.stream().map(f -> new ForumSummary(f.id(), f.slug(), f.name(), f.description(), f.general(),
                f.neighbourhoodId(), memberCounts.getOrDefault(f.id(), 0L), threadCounts.getOrDefault(f.id(), 0L)))
                .toList();
    }

    private Map<Long, Long> counts(String query, Collection<Long> forumIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(query, Object[].class).setParameter("forums", forumIds)
                .getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private List<ThreadRow> rows(List<ForumThread> threads) {
        Map<Long, String> names = members.displayNames(threads.stream().map(ForumThread::authorId).toList());
        Map<String, String> organisations = neighbourhoods.organisationNames(threads.stream()
                .map(ForumThread::actingOrganisation).filter(java.util.Objects::nonNull).toList());
        List<ThreadRow> rows = new ArrayList<>();
        for (ForumThread t : threads) {
            rows.add(new ThreadRow(t.id(), t.forum().slug(), t.title(),
                    names.getOrDefault(t.authorId(), "A former member"),
                    t.actingOrganisation() == null ? null
                            : organisations.getOrDefault(t.actingOrganisation(), t.actingOrganisation()),
                    t.replyCount(), t.lastActivityAt()));
        }
        return rows;
    }

    static List<String> significantWords(String title) {
        if (title == null) {
            return List.of();
        }
        return java.util.Arrays.stream(title.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4).distinct().limit(6).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
