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
public class ForumModerator {

    public static final String NEIGHBOURHOODS_OF = "ForumModerator.neighbourhoodsOf";

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Id
    @Column(name = "neighbourhood_id")
    private long neighbourhoodId;

    protected ForumModerator() {
        // for JPA
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
