package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A member has joined a forum, and so may post in it. */
@Entity
@Table(name = "forum_membership")
@NamedQuery(name = ForumMembership.COUNTS, query = "SELECT m.id.forumId, COUNT(m) FROM ForumMembership m "
        + "WHERE m.id.forumId IN :forums GROUP BY m.id.forumId")
public class ForumMembership {

    public static final String COUNTS = "ForumMembership.counts";

    @EmbeddedId
    private Key id;

    @Column(name = "joined_at", nullable = false)
    private LocalDateTime joinedAt;

    protected ForumMembership() {
        // for JPA
    }

    public ForumMembership(long forumId, long memberId, LocalDateTime now) {
        this.id = new Key(forumId, memberId);
        this.joinedAt = now;
    }

    public static Key key(long forumId, long memberId) {
        return new Key(forumId, memberId);
    }

    /** Forum and member. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "forum_id")
        private long forumId;

        @Column(name = "member_id")
        private long memberId;

        protected Key() {
            // for JPA
        }

        Key(long forumId, long memberId) {
            this.forumId = forumId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.forumId == forumId && k.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(forumId) * 31 + Long.hashCode(memberId);
        }
    }
}
