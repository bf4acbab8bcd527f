package org.carecommunities.partnership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One member's news of an agreement or commitment they follow, or of their board: a sentence and a link. */
@Entity
@Table(name = "partnership_news")
@NamedQuery(name = News.UNREAD_FOR, query = "SELECT n FROM News n WHERE n.memberId = :member AND n.readAt IS NULL "
        + "ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = News.UNREAD_COUNT, query = "SELECT COUNT(n) FROM News n WHERE n.memberId = :member "
        + "AND n.readAt IS NULL")
public class News {

    public static final String UNREAD_FOR = "News.unreadFor";
    public static final String UNREAD_COUNT = "News.unreadCount";
    public static final int MESSAGE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(nullable = false, length = 300)
    private String href;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected News() {
        // for JPA
    }

    public News(long memberId, String message, String href, LocalDateTime createdAt) {
        this.memberId = memberId;
        this.message = message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX - 1) + "…" : message;
        this.href = href;
        this.createdAt = createdAt;
    }

    public void read(LocalDateTime at) {
        readAt = at;
    }

    public String message() {
        return message;
    }

    public String href() {
        return href;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
