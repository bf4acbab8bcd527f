package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** What a moderator did, to which post, why and when: every action is kept and listed. */
@Entity
@Table(name = "moderation_action")
@NamedQuery(name = ModerationAction.IN, query = "SELECT a FROM ModerationAction a "
        + "WHERE a.neighbourhoodId IN :neighbourhoods ORDER BY a.createdAt DESC, a.id DESC")
public class ModerationAction {

    public static final String IN = "ModerationAction.in";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "moderator_id", nullable = false)
    private long moderatorId;

    @Column(name = "neighbourhood_id", nullable = false)
    private long neighbourhoodId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "post_id")
    private Long postId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected ModerationAction() {
        // for JPA
    }

    public ModerationAction(long moderatorId, long neighbourhoodId, String action, Long postId, String reason,
                            LocalDateTime now) {
        this.moderatorId = moderatorId;
        this.neighbourhoodId = neighbourhoodId;
        this.action = action;
        this.postId = postId;
        this.reason = reason;
        this.createdAt = now;
    }

    public long moderatorId() {
        return moderatorId;
    }

    public String action() {
        return action;
    }

    public Long postId() {
        return postId;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
