package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A member who moderates a neighbourhood's forums (with the realm role moderator). */
@Entity
@Table(name = "forum_moderator")
@IdClass(ForumModerator.Key.class)
@NamedQuery(name = ForumModerator.NEIGHBOURHOODS_OF, query = "SELECT m.neighbourhoodId FROM ForumModerator m "
        + "WHERE m.memberId = :member")
@NamedQuery(name = ForumModerator.IN, query = "SELECT m FROM ForumModerator m "
        + "WHERE m.neighbourhoodId IN :neighbourhoods")
public class ForumModerator {

    public static final String NEIGHBOURHOODS_OF = "ForumModerator.neighbourhoodsOf";
    public static final String IN = "ForumModerator.in";

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Id
    @Column(name = "neighbourhood_id")
    private long neighbourhoodId;

    protected ForumModerator() {
        // for JPA
    }

    public ForumModerator(long memberId, long neighbourhoodId) {
        this.memberId = memberId;
        this.neighbourhoodId = neighbourhoodId;
    }

    public static Key key(long memberId, long neighbourhoodId) {
        Key key = new Key();
        key.memberId = memberId;
        key.neighbourhoodId = neighbourhoodId;
        return key;
    }

    public long memberId() {
        return memberId;
    }

    public long neighbourhoodId() {
        return neighbourhoodId;
    }

    /** Member and neighbourhood. */
    public static class Key implements Serializable {
        long memberId;
        long neighbourhoodId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.memberId == memberId && k.neighbourhoodId == neighbourhoodId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(memberId) * 31 + Long.hashCode(neighbourhoodId);
        }
    }
}
