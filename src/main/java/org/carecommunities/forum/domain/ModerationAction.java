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

    /** The longest reason a moderator may give, here and on locks, suspensions and hidden posts. */
    public static final int REASON_MAX = 500;

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

    @Column(name = "thread_id")
    private Long threadId;

    /** The member a suspension was about. */
    @Column(name = "member_id")
    private Long memberId;

    /** What it was done to, in words, as it was then: "post 3 in Bus 42 changes", "Rosa until 29 November". */
    @Column(length = 200)
    private String subject;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected ModerationAction() {
        // for JPA
    }

    public ModerationAction(long moderatorId, long neighbourhoodId, String action, Subject subject, String reason,
                            LocalDateTime now) {
        this.moderatorId = moderatorId;
        this.neighbourhoodId = neighbourhoodId;
        this.action = action;
        this.postId = subject.postId();
        this.threadId = subject.threadId();
        this.memberId = subject.memberId();
        this.subject = subject.words().length() > 200 ? subject.words().substring(0, 199) + "\u2026" : subject.words();
        this.reason = reason;
        this.createdAt = now;
    }

    /** What an action was done to: a post, a thread, a member or a forum, by id and in words. */
    public record Subject(Long postId, Long threadId, Long memberId, String words) {

        public static Subject post(Post post) {
            return new Subject(post.id(), post.thread().id(), post.authorId(),
                    (post.position() == 0 ? "the opening post of " : "reply " + post.position() + " in ")
                            + "\u201c" + post.thread().title() + "\u201d");
        }

        public static Subject thread(ForumThread thread) {
            return new Subject(null, thread.id(), null, "\u201c" + thread.title() + "\u201d");
        }

        public static Subject member(long memberId, String words) {
            return new Subject(null, null, memberId, words);
        }

        public static Subject forum(Forum forum) {
            return new Subject(null, null, null, "forum \u201c" + forum.name() + "\u201d");
        }
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

    public Long threadId() {
        return threadId;
    }

    public String subject() {
        return subject;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
