package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;


import java.time.LocalDateTime;

/** A member's report that a post breaks the rules; one per member per post. */
@Entity
@Table(name = "post_report")
@NamedQuery(name = PostReport.RECENT_BY, query = "SELECT COUNT(r) FROM PostReport r WHERE r.reporterId = :reporter "
        + "AND r.createdAt > :since")
@NamedQuery(name = PostReport.BY, query = "SELECT r FROM PostReport r WHERE r.post.id = :post AND r.reporterId = :reporter")
@NamedQuery(name = PostReport.OPEN_WEIGHT, query = "SELECT SUM(r.weight) FROM PostReport r WHERE r.post.id = :post "
        + "AND r.resolvedAt IS NULL")
@NamedQuery(name = PostReport.DECIDED_BY, query = "SELECT r.upheld, COUNT(r) FROM PostReport r "
        + "WHERE r.reporterId = :reporter AND r.upheld IS NOT NULL GROUP BY r.upheld")
@NamedQuery(name = PostReport.OPEN_FOR, query = "SELECT r FROM PostReport r WHERE r.post.id IN :posts "
        + "AND r.resolvedAt IS NULL ORDER BY r.createdAt")
public class PostReport {

    public static final String BY = "PostReport.by";
    public static final String RECENT_BY = "PostReport.recentBy";
    public static final String OPEN_WEIGHT = "PostReport.openWeight";
    public static final String DECIDED_BY = "PostReport.decidedBy";
    public static final String OPEN_FOR = "PostReport.openFor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private Post post;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    /** The reporter's trust level when they reported. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_level", nullable = false, length = 16)
    private TrustLevel reporterLevel;

    /** What the report weighed, in hundredths (see {@link TrustRules#reportWeight}). */
    @Column(nullable = false)
    private int weight;

    /** The moderator's decision: true when the post stayed hidden, false when it was restored; null while open. */
    @Column
    private Boolean upheld;

    protected PostReport() {
        // for JPA
    }

    public PostReport(Post post, long reporterId, String reason, TrustLevel reporterLevel, int weight,
                      LocalDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A report gives a reason");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("A report weighs nothing or more");
        }
        this.reporterLevel = reporterLevel;
        this.weight = weight;
        this.post = post;
        this.reporterId = reporterId;
        this.reason = reason.strip();
        this.createdAt = now;
    }

    /** A moderator decided: the post stays hidden ({@code upheld}) or was restored. */
    public void resolve(boolean upheld, LocalDateTime now) {
        this.upheld = upheld;
        resolvedAt = now;
    }

    public long reporterId() {
        return reporterId;
    }

    public TrustLevel reporterLevel() {
        return reporterLevel;
    }

    public int weight() {
        return weight;
    }

    public Post post() {
        return post;
    }

    public String reason() {
        return reason;
    }
}
