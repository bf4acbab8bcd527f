package org.carecommunities.partnership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Someone follows an agreement, or one of its commitments, to hear of every change of status, progress update
 * and milestone. {@code followed} names what is followed ({@code agreement:ID} or {@code commitment:ID}), once a
 * member.
 */
@Entity
@Table(name = "partnership_follow")
@NamedQuery(name = Follow.ONE, query = "SELECT f FROM Follow f WHERE f.memberId = :member AND f.followed = :followed")
@NamedQuery(name = Follow.WHO, query = "SELECT DISTINCT f.memberId FROM Follow f WHERE f.followed IN :followed")
@NamedQuery(name = Follow.COUNTS, query = "SELECT f.followed, COUNT(f) FROM Follow f WHERE f.agreementId = :agreement "
        + "GROUP BY f.followed")
@NamedQuery(name = Follow.MINE, query = "SELECT f.followed FROM Follow f WHERE f.agreementId = :agreement "
        + "AND f.memberId = :member")
public class Follow {

    public static final String ONE = "Follow.one";
    public static final String WHO = "Follow.who";
    public static final String COUNTS = "Follow.counts";
    public static final String MINE = "Follow.mine";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(name = "commitment_id")
    private Long commitmentId;

    @Column(nullable = false, length = 40)
    private String followed;

    protected Follow() {
        // for JPA
    }

    public Follow(long memberId, long agreementId, Long commitmentId) {
        this.memberId = memberId;
        this.agreementId = agreementId;
        this.commitmentId = commitmentId;
        this.followed = key(agreementId, commitmentId);
    }

    /** What a follow names: the agreement, or one of its commitments. */
    public static String key(long agreementId, Long commitmentId) {
        return commitmentId == null ? "agreement:" + agreementId : "commitment:" + commitmentId;
    }
}
