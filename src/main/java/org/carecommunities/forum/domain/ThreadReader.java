package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What one member has read of a thread (up to which reply) and whether they follow it. Followed threads with
 * replies past the read position are what is new for them.
 */
@Entity
@Table(name = "thread_reader")
@IdClass(ThreadReader.Key.class)
@NamedQuery(name = ThreadReader.FOLLOWED_UNREAD, query = "SELECT t, r.readPosition FROM ThreadReader r, ForumThread t "
        + "JOIN FETCH t.forum WHERE r.memberId = :member AND r.followedAt IS NOT NULL AND t.id = r.threadId "
        + "AND t.replyCount > r.readPosition ORDER BY t.lastActivityAt DESC, t.id DESC")
@NamedQuery(name = ThreadReader.POSTS_READ, query = "SELECT SUM(r.readPosition + 1) FROM ThreadReader r "
        + "WHERE r.memberId = :member AND r.readPosition >= 0")
@NamedQuery(name = ThreadReader.FOLLOWERS, query = "SELECT r.memberId FROM ThreadReader r WHERE r.threadId = :thread "
        + "AND r.followedAt IS NOT NULL")
public class ThreadReader {

    public static final String FOLLOWED_UNREAD = "ThreadReader.followedUnread";
    public static final String FOLLOWERS = "ThreadReader.followers";
    public static final String POSTS_READ = "ThreadReader.postsRead";

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Id
    @Column(name = "thread_id")
    private long threadId;

    /** The last reply read; -1 before the opening post is read. */
    @Column(name = "read_position", nullable = false)
    private int readPosition = -1;

    @Column(name = "followed_at")
    private LocalDateTime followedAt;

    protected ThreadReader() {
        // for JPA
    }

    public ThreadReader(long memberId, long threadId) {
        this.memberId = memberId;
        this.threadId = threadId;
    }

    public static Key key(long memberId, long threadId) {
        Key key = new Key();
        key.memberId = memberId;
        key.threadId = threadId;
        return key;
    }

    /** Read up to a position; reading an earlier page again does not unread later replies. */
    public void readTo(int position) {
        readPosition = Math.max(readPosition, position);
    }

    public void follow(LocalDateTime now) {
        if (followedAt == null) {
            followedAt = now;
        }
    }

    public void unfollow() {
        followedAt = null;
    }

    public boolean following() {
        return followedAt != null;
    }

    public int readPosition() {
        return readPosition;
    }

    public long threadId() {
        return threadId;
    }

    /** Member and thread. */
    public static class Key implements Serializable {
        long memberId;
        long threadId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.memberId == memberId && k.threadId == threadId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(memberId) * 31 + Long.hashCode(threadId);
        }
    }
}
