package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * What a member who made or supports a proposal is told when it moves: it has enough support and goes to the
 * partnership board, or fell back below what it needs. Waits on their "what's new" until read.
 */
@Entity
@Table(name = "proposal_news")
@NamedQuery(name = ProposalNews.UNREAD_FOR, query = "SELECT n FROM ProposalNews n WHERE n.memberId = :member "
        + "AND n.readAt IS NULL ORDER BY n.createdAt DESC")
@NamedQuery(name = ProposalNews.UNREAD_IN_THREAD, query = "SELECT n FROM ProposalNews n "
        + "WHERE n.memberId = :member AND n.threadId = :thread AND n.readAt IS NULL")
public class ProposalNews {

    public static final String UNREAD_FOR = "ProposalNews.unreadFor";
    public static final String UNREAD_IN_THREAD = "ProposalNews.unreadInThread";
    public static final int MESSAGE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected ProposalNews() {
        // for JPA
    }

    public ProposalNews(long memberId, long threadId, String message, LocalDateTime now) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("News says something");
        }
        this.memberId = memberId;
        this.threadId = threadId;
        this.message = message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX - 1) + "…" : message;
        this.createdAt = now;
    }

    /** The member has seen it (on the thread, or by marking everything read); once is enough. */
    public void read(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public long memberId() {
        return memberId;
    }

    public long threadId() {
        return threadId;
    }

    public String message() {
        return message;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public boolean unread() {
        return readAt == null;
    }
}
