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
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.News;
import org.carecommunities.identity.NewsFact;
import org.carecommunities.forum.domain.ProposalStep;
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

    @Inject
    News news;

    public boolean follows(long threadId, long memberId) {
        ThreadReader reader = em.find(ThreadReader.class, ThreadReader.key(memberId, threadId));
        return reader != null && reader.following();
    }

    /** Follows or stops following a thread. */
    public Outcome<Void> follow(long threadId, long memberId, boolean follow) {
        if (em.find(ForumThread.class, threadId) == null) {
            return Outcome.refused(ForumQueries.noThread());
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
        news.read(memberId, threadId);
    }

    /** How many things wait on the member's "what's new", for the header; capped as the page is. */
    public int unreadCount(long memberId) {
        // the same lists the page shows, counted without looking up the names and places the page needs
        return hiddenPosts(memberId).size() + news.unreadCount(memberId) + followedUnread(memberId).size()
                + newThreads(memberId).size() + moreNews.stream().mapToInt(m -> m.unreadCount(memberId)).sum();
    }

    /** The supporters and the author of a proposal that reached its threshold hear that it goes to the board. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void proposalReachedThreshold(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalReachedThreshold event) {
        tellProposalPeople(event.threadId(), NewsFact.of(ForumNewsWords.REACHED, event.threadId(), event.at())
                .withFigures(event.supports(), event.threshold()), false);
    }

    /** ... and that it fell back below the support it needs, before the board took it up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void proposalFellBelowThreshold(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalFellBelowThreshold event) {
        tellProposalPeople(event.threadId(), NewsFact.of(ForumNewsWords.FELL_BELOW, event.threadId(), event.at())
                .withFigures(event.supports(), event.threshold()), false);
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
        step(thread.id(), event.step(), true);
    }

    /** The commitment a proposal became moved on: the thread shows it, and the proposal's people are told. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void proposalProgressed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalProgressed event) {
        step(event.threadId(), event.step(), false);
    }

    /** The board put a proposal on a meeting's agenda: its story shows which, and its people are told. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void proposalScheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalScheduled event) {
        step(event.threadId(), event.step(), false);
    }

    private void step(long threadId, NewsFact step, boolean answer) {
        if (em.find(ForumThread.class, threadId) == null) {
            return;
        }
        em.persist(new ProposalStep(threadId, step, answer));
        tellProposalPeople(threadId, step, true);
    }

    /** The proposal's author and supporters (and the thread's followers, when {@code followers}) are told. */
    private void tellProposalPeople(long threadId, NewsFact fact, boolean followers) {
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
        news.tell(people, fact);
    }

    public WhatsNew whatsNew(MemberDetails member) {
        long memberId = member.id();
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
        return new WhatsNew(hidden, news.unread(member), replies, queries.rows(newThreads(memberId)),
                moreNews.stream().map(m -> new MoreNews.Section(m.heading(), m.unread(memberId))).toList());
    }

    /** Marks everything on the member's "what's new" as read. */
    public void markAllRead(long memberId) {
        news.markAllRead(memberId);
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
