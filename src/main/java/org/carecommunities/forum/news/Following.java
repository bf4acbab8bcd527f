package org.carecommunities.forum.news;

import org.carecommunities.forum.threads.ForumQueries;
import org.carecommunities.forum.ProposalAnswered;
import org.carecommunities.forum.ProposalFellBelowThreshold;
import org.carecommunities.forum.ProposalProgressed;
import org.carecommunities.forum.ProposalReachedThreshold;
import org.carecommunities.forum.ProposalScheduled;
import org.carecommunities.identity.MoreNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.forum.domain.Post;
import org.carecommunities.forum.domain.ProposalNews;
import org.carecommunities.forum.domain.ProposalOutcome;
import org.carecommunities.forum.domain.ProposalSupport;
import org.carecommunities.forum.domain.ThreadReader;
import org.carecommunities.platform.Outcome;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * Following threads and what is new for a member: their posts hidden pending review, replies past what they have
 * read in threads they follow, and threads started since they joined a forum that they have not opened. Nothing
 * is pushed at anyone; what is new waits on one page, and reading a thread clears it there.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Following {

    /** The most of each kind the page lists. */
    public static final int MOST = 50;
    /** New threads older than this are not news any more. */
    public static final Duration NEWS_LASTS = Duration.ofDays(30);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ForumQueries queries;

    @Inject
    jakarta.enterprise.inject.Instance<MoreNews> moreNews;

    public boolean follows(long threadId, long memberId) {
        ThreadReader reader = em.find(ThreadReader.class, ThreadReader.key(memberId, threadId));
        return reader != null && reader.following();
    }

    /** Follows or stops following a thread. */
    public Outcome<Void> follow(long threadId, long memberId, boolean follow) {
        if (em.find(ForumThread.class, threadId) == null) {
            return Outcome.refused(ForumQueries.NO_THREAD);
        }
        ThreadReader reader = reader(memberId, threadId);
        if (follow) {
            reader.follow(queries.now());
        } else {
            reader.unfollow();
        }
        return Outcome.done();
    }

    /** Starting a thread or replying follows it (taking part is asking to hear back), read up to that post. */
    public void tookPart(long threadId, long memberId, int position) {
        ThreadReader reader = reader(memberId, threadId);
        reader.follow(queries.now());
        reader.readTo(position);
    }

    /** The member has read a thread up to a reply (the last one on the page they were shown), and its news. */
    public void read(long threadId, long memberId, int position) {
        reader(memberId, threadId).readTo(position);
        em.createNamedQuery(ProposalNews.UNREAD_IN_THREAD, ProposalNews.class).setParameter("member", memberId)
                .setParameter("thread", threadId).getResultList().forEach(n -> n.read(queries.now()));
    }

    /** How many things wait on the member's "what's new", for the header; capped as the page is. */
    public int unreadCount(long memberId) {
        // the same lists the page shows, counted without looking up the names and places the page needs
        return hiddenPosts(memberId).size() + unreadNews(memberId).size() + followedUnread(memberId).size()
                + newThreads(memberId).size() + moreNews.stream().mapToInt(m -> m.unreadCount(memberId)).sum();
    }

    /** The supporters and the author of a proposal that reached its threshold hear that it goes to the board. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void proposalReachedThreshold(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalReachedThreshold event) {
        tellProposalPeople(event.threadId(), title -> "“" + title + "” has the " + event.supports()
                + " supports it needs and is going to the partnership board.");
    }

    /** ... and that it fell back below the support it needs, before the board took it up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void proposalFellBelowThreshold(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalFellBelowThreshold event) {
        tellProposalPeople(event.threadId(), title -> "“" + title + "” now has " + event.supports() + " of the "
                + event.threshold() + " supports it needs, so it is open for support again.");
    }

    /**
     * The board answered a proposal: the thread shows the answer and keeps it in the proposal's story; its author,
     * supporters and followers are told.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void proposalAnswered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalAnswered event) {
        ForumThread thread = em.find(ForumThread.class, event.threadId());
        if (thread == null || thread.proposalStatus() == null) {
            return;
        }
        thread.answer(event.accepted(), event.reason());
        String at = event.meeting() == null ? "" : " at " + event.meeting();
        String message = event.accepted() ? "The partnership board accepted it" + at + ": " + event.reason()
                + (event.commitment() == null ? "" : " It became a commitment: “" + event.commitment() + "”.")
                : "The partnership board declined it" + at + ": " + event.reason();
        em.persist(new ProposalOutcome(thread.id(), event.at(), ProposalOutcome.Kind.ANSWER, message,
                event.commitmentUrl()));
        tellProposalPeople(thread.id(), title -> "“" + title + "”: " + message, true);
    }

    /** The commitment a proposal became moved on: the thread shows it, and the proposal's people are told. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void proposalProgressed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalProgressed event) {
        outcome(event.threadId(), event.at(), ProposalOutcome.Kind.PROGRESS, event.message(), event.url());
    }

    /** The board put a proposal on a meeting's agenda: its story shows which, and its people are told. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void proposalScheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalScheduled event) {
        outcome(event.threadId(), event.at(), ProposalOutcome.Kind.AGENDA, event.message(), event.meetingUrl());
    }

    private void outcome(long threadId, java.time.LocalDateTime at, ProposalOutcome.Kind kind, String message,
                         String href) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null) {
            return;
        }
        em.persist(new ProposalOutcome(thread.id(), at, kind, message, href));
        tellProposalPeople(thread.id(), title -> "“" + title + "”: " + message, true);
    }

    private void tellProposalPeople(long threadId, java.util.function.Function<String, String> message) {
        tellProposalPeople(threadId, message, false);
    }

    /** The proposal's author and supporters (and the thread's followers, when {@code followers}) are told. */
    private void tellProposalPeople(long threadId, java.util.function.Function<String, String> message,
                                    boolean followers) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null) {
            return;
        }
        java.util.Set<Long> people = new java.util.LinkedHashSet<>(em.createNamedQuery(
                ProposalSupport.SUPPORTERS, Long.class).setParameter("thread", threadId).getResultList());
        people.add(thread.authorId());
        if (followers) {
            people.addAll(em.createNamedQuery(ThreadReader.FOLLOWERS, Long.class).setParameter("thread", threadId)
                    .getResultList());
        }
        String text = message.apply(thread.title());
        people.forEach(member -> em.persist(new ProposalNews(member, threadId, text, queries.now())));
    }

    public WhatsNew whatsNew(long memberId) {
        List<Object[]> followed = followedUnread(memberId);
        List<WhatsNew.FollowedThread> replies = followed.stream().map(row -> {
            ForumThread t = (ForumThread) row[0];
            int read = ((Number) row[1]).intValue();
            return new WhatsNew.FollowedThread(t.id(), t.forum().slug(), t.forum().name(), t.title(),
                    t.replyCount() - Math.max(read, 0), read + 1, t.lastActivityAt());
        }).toList();
        List<WhatsNew.HiddenPost> hidden = hiddenPosts(memberId).stream()
                .map(p -> new WhatsNew.HiddenPost(p.thread().id(), p.thread().forum().slug(), p.thread().title(),
                        p.position(), p.hiddenReason())).toList();
        List<WhatsNew.ProposalUpdate> proposals = unreadNews(memberId).stream()
                .map(n -> new WhatsNew.ProposalUpdate(n.threadId(), n.message(), n.createdAt())).toList();
        Map<Long, ForumThread> threads = proposals.isEmpty() ? Map.of()
                : em.createQuery("SELECT t FROM ForumThread t JOIN FETCH t.forum WHERE t.id IN :ids", ForumThread.class)
                .setParameter("ids", proposals.stream().map(WhatsNew.ProposalUpdate::threadId).distinct().toList())
                .getResultStream().collect(java.util.stream.Collectors.toMap(ForumThread::id, t -> t));
        proposals = proposals.stream().filter(n -> threads.containsKey(n.threadId()))
                .map(n -> n.in(threads.get(n.threadId()).forum().slug())).toList();
        return new WhatsNew(hidden, proposals, replies, queries.rows(newThreads(memberId)), moreNews.stream()
                .map(m -> new MoreNews.Section(m.heading(), m.unread(memberId))).toList());
    }

    /** Marks everything on the member's "what's new" as read. */
    public void markAllRead(long memberId) {
        em.createNamedQuery(ProposalNews.UNREAD_FOR, ProposalNews.class).setParameter("member", memberId)
                .getResultList().forEach(n -> n.read(queries.now()));
        for (Object[] row : followedUnread(memberId)) {
            ForumThread thread = (ForumThread) row[0];
            reader(memberId, thread.id()).readTo(thread.replyCount());
        }
        for (ForumThread thread : newThreads(memberId)) {
            reader(memberId, thread.id()).readTo(thread.replyCount());
        }
        moreNews.forEach(m -> m.markAllRead(memberId));
    }

    private List<Post> hiddenPosts(long memberId) {
        return em.createNamedQuery(Post.HIDDEN_BY, Post.class).setParameter("author", memberId).setMaxResults(MOST)
                .getResultList();
    }

    private List<ProposalNews> unreadNews(long memberId) {
        return em.createNamedQuery(ProposalNews.UNREAD_FOR, ProposalNews.class).setParameter("member", memberId)
                .setMaxResults(MOST).getResultList();
    }

    private List<Object[]> followedUnread(long memberId) {
        return em.createNamedQuery(ThreadReader.FOLLOWED_UNREAD, Object[].class).setParameter("member", memberId)
                .setMaxResults(MOST).getResultList();
    }

    private List<ForumThread> newThreads(long memberId) {
        return em.createNamedQuery(ForumThread.NEW_IN_JOINED, ForumThread.class).setParameter("member", memberId)
                .setParameter("since", queries.now().minus(NEWS_LASTS)).setMaxResults(MOST).getResultList();
    }

    private ThreadReader reader(long memberId, long threadId) {
        ThreadReader reader = em.find(ThreadReader.class, ThreadReader.key(memberId, threadId));
        if (reader == null) {
            reader = new ThreadReader(memberId, threadId);
            em.persist(reader);
        }
        return reader;
    }
}
