package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
@NamedQuery(name = PostReport.OPEN_COUNT, query = "SELECT COUNT(r) FROM PostReport r WHERE r.post.id = :post "
        + "AND r.resolvedAt IS NULL")
@NamedQuery(name = PostReport.OPEN_FOR, query = "SELECT r FROM PostReport r WHERE r.post.id IN :posts "
        + "AND r.resolvedAt IS NULL ORDER BY r.createdAt")
public class PostReport {

    public static final String BY = "PostReport.by";
    public static final String RECENT_BY = "PostReport.recentBy";
    public static final String OPEN_COUNT = "PostReport.openCount";
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

    protected PostReport() {
        // for JPA
    }

    public PostReport(Post post, long reporterId, String reason, LocalDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A report gives a reason");
        }
        this.post = post;
        this.reporterId = reporterId;
        this.reason = reason.strip();
        this.createdAt = now;
    }

    public void resolve(LocalDateTime now) {
        resolvedAt = now;
    }

    public Post post() {
        return post;
    }

    public String reason() {
        return reason;
    }
}
