package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A member supports a proposal; one row per member per proposal. */
@Entity
@Table(name = "proposal_support")
@IdClass(ProposalSupport.Key.class)
@NamedQuery(name = ProposalSupport.SUPPORTERS, query = "SELECT s.memberId FROM ProposalSupport s WHERE s.threadId = :thread")
@NamedQuery(name = ProposalSupport.OPEN_BY, query = "SELECT s FROM ProposalSupport s, ForumThread t "
        + "WHERE s.memberId = :member AND t.id = s.threadId AND t.proposalStatus IN "
        + "(org.carecommunities.forum.domain.Proposal.Status.OPEN, "
        + "org.carecommunities.forum.domain.Proposal.Status.THRESHOLD_REACHED)")
public class ProposalSupport {

    public static final String SUPPORTERS = "ProposalSupport.supporters";
    public static final String OPEN_BY = "ProposalSupport.openBy";

    @Id
    @Column(name = "thread_id")
    private long threadId;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(name = "supported_at", nullable = false)
    private LocalDateTime supportedAt;

    public long threadId() {
        return threadId;
    }

    protected ProposalSupport() {
        // for JPA
    }

    public ProposalSupport(long threadId, long memberId, LocalDateTime now) {
        this.threadId = threadId;
        this.memberId = memberId;
        this.supportedAt = now;
    }

    public static Key key(long threadId, long memberId) {
        Key key = new Key();
        key.threadId = threadId;
        key.memberId = memberId;
        return key;
    }

    /** Proposal and member. */
    public static class Key implements Serializable {
        long threadId;
        long memberId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.threadId == threadId && k.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(threadId) * 31 + Long.hashCode(memberId);
        }
    }
}
