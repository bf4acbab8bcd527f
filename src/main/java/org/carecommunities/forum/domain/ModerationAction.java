package org.carecommunities.forum.domain;

import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Text;
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

    /** What it was done to, in English words, in rows written before the facts below were kept. */
    @Column(length = 200)
    private String subject;

    /** What kind of thing it was done to ({@link Subject.Kind}); null in older rows. */
    @Column(name = "subject_kind", length = 16)
    private String subjectKind;

    /** Its name then: a thread's title, a member's or a forum's name. */
    @Column(name = "subject_name", length = 200)
    private String subjectName;

    /** A post's place in its thread (0 the opening post). */
    @Column(name = "subject_position")
    private Integer subjectPosition;

    /** When a suspension it made ends. */
    @Column(name = "until_at")
    private LocalDateTime untilAt;

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
        this.subjectKind = subject.kind().name();
        this.subjectName = subject.name() == null || subject.name().length() <= 200 ? subject.name()
                : subject.name().substring(0, 199) + "\u2026";
        this.subjectPosition = subject.position();
        this.untilAt = subject.until();
        this.reason = reason;
        this.createdAt = now;
    }

    /**
     * What an action was done to, as facts said in the reader's language when shown: a post (its thread's title
     * and its place), a thread, a member (as a moderator, or suspended until a time) or a forum.
     */
    public record Subject(Long postId, Long threadId, Long memberId, Kind kind, String name, Integer position,
                          LocalDateTime until) {

        /** The kinds of thing a moderator acts on. */
        public enum Kind { POST, THREAD, MEMBER, MODERATOR, SUSPENDED, FORUM }

        public static Subject post(Post post) {
            return new Subject(post.id(), post.thread().id(), post.authorId(), Kind.POST, post.thread().title(),
                    post.position(), null);
        }

        public static Subject thread(ForumThread thread) {
            return new Subject(null, thread.id(), null, Kind.THREAD, thread.title(), null, null);
        }

        public static Subject member(long memberId, String name) {
            return new Subject(null, null, memberId, Kind.MEMBER, name, null, null);
        }

        public static Subject moderator(long memberId, String name) {
            return new Subject(null, null, memberId, Kind.MODERATOR, name, null, null);
        }

        public static Subject suspended(long memberId, String name, LocalDateTime until) {
            return new Subject(null, null, memberId, Kind.SUSPENDED, name, null, until);
        }

        public static Subject forum(Forum forum) {
            return new Subject(null, null, null, Kind.FORUM, forum.name(), null, null);
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

    /** What it was done to, in the reader's language; an older row's words as they were kept. */
    public String subject() {
        if (subjectKind == null) {
            return subject != null ? subject : postId != null ? Text.t("forum.moderation.subject.post", "post",
                    String.valueOf(postId)) : Text.t("forum.post.formerMember");
        }
        return switch (Subject.Kind.valueOf(subjectKind)) {
            case POST -> subjectPosition == null || subjectPosition == 0
                    ? Text.t("forum.moderation.subject.opening", "thread", subjectName)
                    : Text.t("forum.moderation.subject.reply", "position", subjectPosition, "thread", subjectName);
            case THREAD -> Text.t("forum.moderation.subject.thread", "thread", subjectName);
            case MODERATOR -> Text.t("forum.moderation.subject.moderator", "member", subjectName == null
                    ? Text.t("forum.post.formerMember") : subjectName);
            case SUSPENDED -> Text.t("forum.moderation.subject.suspended", "member", subjectName == null
                    ? Text.t("forum.post.formerMember") : subjectName, "until",
                    Dates.inWords(untilAt));
            case FORUM -> Text.t("forum.moderation.subject.forum", "forum", subjectName);
            case MEMBER -> subjectName == null ? Text.t("forum.post.formerMember") : subjectName;
        };
    }

    /**
     * What was done, in the reader's language: the action is kept as a fixed verb ("hid", "lifted the suspension
     * of"), each with its words in the bundle.
     */
    public String said() {
        String key = switch (action) {
            case "hid" -> "forum.moderation.action.hid";
            case "restored" -> "forum.moderation.action.restored";
            case "locked" -> "forum.moderation.action.locked";
            case "unlocked" -> "forum.moderation.action.unlocked";
            case "pinned" -> "forum.moderation.action.pinned";
            case "unpinned" -> "forum.moderation.action.unpinned";
            case "suspended" -> "forum.moderation.action.suspended";
            case "lifted the suspension of" -> "forum.moderation.action.lifted";
            case "appointed" -> "forum.moderation.action.appointed";
            case "stood down" -> "forum.moderation.action.stoodDown";
            case "created" -> "forum.moderation.action.created";
            default -> null;
        };
        return key == null ? action : Text.t(key);
    }

    /** Why, as the moderator wrote it, or what is said when they gave no reason. */
    public String reasonSaid() {
        if (reason != null && !reason.isBlank()) {
            return reason;
        }
        return Text.t(switch (action) {
            case "appointed" -> "forum.moderation.reason.appointed";
            case "stood down" -> "forum.moderation.reason.stoodDown";
            case "created" -> "forum.moderation.reason.created";
            default -> "forum.moderation.reason.none";
        });
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
