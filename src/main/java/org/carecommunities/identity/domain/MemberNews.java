package org.carecommunities.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.carecommunities.identity.NewsFact;

import java.time.LocalDateTime;

/** One piece of a member's news, as facts (see {@link NewsFact}), read or not. */
@Entity
@Table(name = "member_news")
@NamedQuery(name = MemberNews.UNREAD_FOR, query = "SELECT n FROM MemberNews n WHERE n.memberId = :member "
        + "AND n.readAt IS NULL ORDER BY n.at DESC, n.id DESC")
@NamedQuery(name = MemberNews.UNREAD_COUNT, query = "SELECT COUNT(n) FROM MemberNews n WHERE n.memberId = :member "
        + "AND n.readAt IS NULL")
@NamedQuery(name = MemberNews.READ_ABOUT, query = "UPDATE MemberNews n SET n.readAt = :now WHERE n.memberId = :member "
        + "AND n.about = :about AND n.readAt IS NULL")
@NamedQuery(name = MemberNews.READ_ALL, query = "UPDATE MemberNews n SET n.readAt = :now WHERE n.memberId = :member "
        + "AND n.readAt IS NULL")
public class MemberNews {

    public static final String UNREAD_FOR = "MemberNews.unreadFor";
    public static final String UNREAD_COUNT = "MemberNews.unreadCount";
    public static final String READ_ABOUT = "MemberNews.readAbout";
    public static final String READ_ALL = "MemberNews.readAll";
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = 64)
    private String about;

    private Long item;

    @Column(length = 40)
    private String state;

    private Integer figure;

    @Column(name = "of_figure")
    private Integer of;

    @Column(length = NewsFact.NOTE_MAX)
    private String note;

    @Column(name = "at_time", nullable = false)
    private LocalDateTime at;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected MemberNews() {
    }

    public MemberNews(long memberId, NewsFact fact) {
        this.memberId = memberId;
        this.kind = fact.kind();
        this.about = fact.about();
        this.item = fact.item();
        this.state = fact.state();
        this.figure = fact.figure();
        this.of = fact.of();
        this.note = fact.note();
        this.at = fact.at();
    }

    public NewsFact fact() {
        return new NewsFact(kind, about, item, state, figure, of, note, at);
    }
}
