package org.carecommunities.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.forum.domain.Post;
import org.carecommunities.forum.domain.ThreadReader;

import java.time.Duration;
import java.util.List;

/**
 * Following threads and what is new for a member: their posts hidden pending review, replies past what they have
 * read in threads they follow, and threads started since they joined a forum that they have not opened. Nothing
 * is pushed at anyone; what is new waits on one page, and reading a thread clears it there.
 */
@ApplicationScoped
@Transactional
public class Following {

    /** The most of each kind the page lists. */
    public static final int MOST = 50;
    /** New threads older than this are not news any more. */
    public static final Duration NEWS_LASTS = Duration.ofDays(30);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ForumRecords records;

    public boolean follows(long threadId, long memberId) {
        ThreadReader reader = em.find(ThreadReader.class, ThreadReader.key(memberId, threadId));
        return reader != null && reader.following();
    }

    /** Follows or stops following a thread. */
    public void follow(long threadId, long memberId, boolean follow) {
        records.thread(threadId);
        ThreadReader reader = reader(memberId, threadId);
        if (follow) {
            reader.follow(records.now());
        } else {
            reader.unfollow();
        }
    }

    /** Starting a thread or replying follows it (taking part is asking to hear back), read up to that post. */
    public void tookPart(long threadId, long memberId, int position) {
        ThreadReader reader = reader(memberId, threadId);
        reader.follow(records.now());
        reader.readTo(position);
    }

    /** The member has read a thread up to a reply (the last one on the page they were shown). */
    public void read(long threadId, long memberId, int position) {
        reader(memberId, threadId).readTo(position);
    }

    public WhatsNew whatsNew(long memberId) {
        List<Object[]> followed = followedUnread(memberId);
        List<WhatsNew.FollowedThread> replies = followed.stream().map(row -> {
            ForumThread t = (ForumThread) row[0];
            int read = ((Number) row[1]).intValue();
            return new WhatsNew.FollowedThread(t.id(), t.forum().slug(), t.forum().name(), t.title(),
                    t.replyCount() - Math.max(read, 0), read + 1, t.lastActivityAt());
        }).toList();
        List<WhatsNew.HiddenPost> hidden = em.createNamedQuery(Post.HIDDEN_BY, Post.class)
                .setParameter("author", memberId).setMaxResults(MOST).getResultStream()
                .map(p -> new WhatsNew.HiddenPost(p.thread().id(), p.thread().forum().slug(), p.thread().title(),
                        p.position(), p.hiddenReason())).toList();
        return new WhatsNew(hidden, replies, records.rows(newThreads(memberId)));
    }

    /** Marks everything on the member's "what's new" as read. */
    public void markAllRead(long memberId) {
        for (Object[] row : followedUnread(memberId)) {
            ForumThread thread = (ForumThread) row[0];
            reader(memberId, thread.id()).readTo(thread.replyCount());
        }
        for (ForumThread thread : newThreads(memberId)) {
            reader(memberId, thread.id()).readTo(thread.replyCount());
        }
    }

    private List<Object[]> followedUnread(long memberId) {
        return em.createNamedQuery(ThreadReader.FOLLOWED_UNREAD, Object[].class).setParameter("member", memberId)
                .setMaxResults(MOST).getResultList();
    }

    private List<ForumThread> newThreads(long memberId) {
        return em.createNamedQuery(ForumThread.NEW_IN_JOINED, ForumThread.class).setParameter("member", memberId)
                .setParameter("since", records.now().minus(NEWS_LASTS)).setMaxResults(MOST).getResultList();
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
