package org.carecommunities.forum.domain;

import org.carecommunities.platform.RichText;
import org.carecommunities.platform.Text;

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

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One message in a thread: the opening post (position 0) or a reply. Its author may change it for
 * {@link #EDIT_WINDOW} and delete it at any time; a deleted post keeps its place so the thread still reads.
 */
@Entity
@Table(name = "forum_post")
@NamedQuery(name = Post.RECENT_BY, query = "SELECT COUNT(p) FROM Post p WHERE p.authorId = :author "
        + "AND p.createdAt > :since")
@NamedQuery(name = Post.KEPT_BY, query = "SELECT COUNT(p) FROM Post p WHERE p.authorId = :author "
        + "AND p.hiddenAt IS NULL AND p.deletedAt IS NULL")
@NamedQuery(name = Post.AT, query = "SELECT p FROM Post p WHERE p.thread.id = :thread AND p.position = :position")
@NamedQuery(name = Post.TO_REVIEW, query = "SELECT p FROM Post p JOIN FETCH p.thread t JOIN FETCH t.forum f "
        + "WHERE f.neighbourhoodId IN :neighbourhoods AND p.authorId <> :reviewer AND (p.hiddenAt IS NOT NULL "
        + "OR EXISTS (SELECT r FROM PostReport r WHERE r.post = p AND r.resolvedAt IS NULL)) ORDER BY p.createdAt")
@NamedQuery(name = Post.HIDDEN_BY, query = "SELECT p FROM Post p JOIN FETCH p.thread t JOIN FETCH t.forum f "
        + "WHERE p.authorId = :author AND p.hiddenAt IS NOT NULL AND p.deletedAt IS NULL ORDER BY p.hiddenAt DESC")
@NamedQuery(name = Post.WITHOUT_HTML, query = "SELECT p FROM Post p WHERE p.id > :after "
        + "AND (p.bodyHtmlVersion IS NULL OR p.bodyHtmlVersion <> :version) ORDER BY p.id")
@NamedQuery(name = Post.PAGE, query = "SELECT p FROM Post p WHERE p.thread.id = :thread "
        + "AND p.position >= :from AND p.position < :to ORDER BY p.position")
public class Post {

    public static final String PAGE = "Post.page";
    public static final String KEPT_BY = "Post.keptBy";
    public static final String TO_REVIEW = "Post.toReview";
    public static final String HIDDEN_BY = "Post.hiddenBy";
    public static final String RECENT_BY = "Post.recentBy";
    public static final String AT = "Post.at";
    public static final String WITHOUT_HTML = "Post.withoutHtml";
    public static final int BODY_MAX = 10_000;
    /** The longest stored HTML: the most a VARCHAR holds on Derby. */
    public static final int HTML_MAX = 32_672;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id", nullable = false)
    private ForumThread thread;

    @Column(nullable = false)
    private int position;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "acting_organisation", length = 80)
    private String actingOrganisation;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    /**
     * The body as safe HTML, rendered when it is written rather than on every view. Null for posts written
     * before it was stored, and stale where older rules rendered it (both rendered again by {@link #renderHtml()}
     * at start-up), and null for the rare body whose HTML is longer than the column (one made of nothing but
     * characters that need escaping): those render when shown.
     */
    @Column(name = "body_html", length = HTML_MAX)
    private String bodyHtml;

    /** The {@link RichText#VERSION} that rendered {@code bodyHtml}. */
    @Column(name = "body_html_version")
    private Integer bodyHtmlVersion;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "edited_at")
    private LocalDateTime editedAt;

    /** When its author deleted it; null while it stands. */
    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    /** When it was hidden (by enough reports, or by a moderator); null while it is shown. */
    @Column(name = "hidden_at")
    private LocalDateTime hiddenAt;

    /** Room for a moderator's longest reason (older rows kept the words that said who hid it, too). */
    public static final int HIDDEN_REASON_MAX = 600;

    /** A moderator's reason for hiding it, as they wrote it; null when hidden by reports or without one. */
    @Column(name = "hidden_reason", length = HIDDEN_REASON_MAX)
    private String hiddenReason;

    /** The language its author wrote it in (a BCP 47 tag); null for posts written before this was kept. */
    @Column(name = "written_in", length = 35)
    private String writtenIn;

    /** Who hid it; null for a post hidden before this was kept, whose reason says it in words. */
    @Enumerated(EnumType.STRING)
    @Column(name = "hidden_by", length = 16)
    private HiddenBy hiddenBy;

    /** Who hides a post: a moderator, or members' reports until a moderator reviews it. */
    public enum HiddenBy { MODERATOR, REPORTS }

    /** The asset map's services it cites, by public id, in the order shown. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "forum_post_citation", joinColumns = @JoinColumn(name = "post_id"))
    @jakarta.persistence.OrderColumn(name = "place")
    @Column(name = "service_id", length = 36, nullable = false)
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    private java.util.List<String> cites = new java.util.ArrayList<>();

    protected Post() {
        // for JPA
    }

    Post(ForumThread thread, int position, long authorId, String actingOrganisation, String body,
         LocalDateTime now) {
        this.thread = thread;
        this.position = position;
        this.authorId = authorId;
        this.actingOrganisation = actingOrganisation;
        this.body = checked(body);
        renderHtml();
        this.createdAt = now;
    }

    /** The author changes the text, within the edit window. */
    /** Cites these services (by public id) instead of the ones it cited. */
    public void cite(java.util.List<String> services) {
        if (!cites.equals(services)) {
            cites.clear();
            cites.addAll(services);
        }
    }

    public java.util.List<String> cites() {
        return java.util.List.copyOf(cites);
    }

    public void edit(long editor, String newBody, LocalDateTime now) {
        if (!canEdit(editor, now)) {
            throw new IllegalStateException("Only the author can change a post, within "
                    + EDIT_WINDOW.toMinutes() + " minutes of posting");
        }
        body = checked(newBody);
        renderHtml();
        editedAt = now;
    }

    public boolean canEdit(long editor, LocalDateTime now) {
        return editor == authorId && deletedAt == null && hiddenAt == null && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    /** The author deletes the post; it stays as "deleted by author" so replies still make sense. */
    public void deleteBy(long member, LocalDateTime now) {
        if (member != authorId) {
            throw new IllegalStateException("Only the author can delete a post");
        }
        if (hiddenAt != null) {
            throw new IllegalStateException("A post under review stays until a moderator decides");
        }
        if (deletedAt == null) {
            deletedAt = now;
        }
    }

    /**
     * Hidden from everyone but its author until a moderator restores it: by a moderator, with their reason (or
     * none), or by members' reports.
     */
    public void hide(HiddenBy by, String reason, LocalDateTime now) {
        if (by == null || reason != null && reason.length() > HIDDEN_REASON_MAX) {
            throw new IllegalArgumentException("Hiding a post says who hid it, with a reason of at most "
                    + HIDDEN_REASON_MAX + " characters");
        }
        if (hiddenAt == null) {
            hiddenAt = now;
        }
        hiddenBy = by;
        hiddenReason = by == HiddenBy.MODERATOR && reason != null && !reason.isBlank() ? reason.strip() : null;
    }

    public void restore() {
        hiddenAt = null;
        hiddenReason = null;
        hiddenBy = null;
    }

    /** Renders and stores the body's HTML; returns whether it could be stored. */
    public boolean renderHtml() {
        String html = RichText.toHtml(body);
        bodyHtml = html.length() <= HTML_MAX ? html : null;
        bodyHtmlVersion = RichText.VERSION;
        return bodyHtml != null;
    }

    /** The body as safe HTML: as stored by today's rules, or rendered now where it is not. */
    public String html() {
        return bodyHtml != null && Integer.valueOf(RichText.VERSION).equals(bodyHtmlVersion) ? bodyHtml
                : RichText.toHtml(body);
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    /** Says the language its author wrote it in. */
    public void writtenIn(String tag) {
        writtenIn = tag;
    }

    /** The language its author wrote it in; null when not known. */
    public String writtenIn() {
        return writtenIn;
    }

    /** Why it is hidden, in the reader's language (a moderator's reason as they wrote it); null while shown. */
    public String hiddenReason() {
        if (hiddenAt == null) {
            return null;
        }
        if (hiddenBy == null) {
            return hiddenReason;
        }
        return hiddenBy == HiddenBy.REPORTS ? Text.t("forum.hidden.byReports") : hiddenReason == null
                ? Text.t("forum.hidden.byModerator") : Text.t("forum.hidden.byModeratorBecause", "reason",
                        hiddenReason);
    }

    private static String checked(String text) {
        if (text == null || text.isBlank() || text.strip().length() > BODY_MAX) {
            throw new IllegalArgumentException("A post has 1 to " + BODY_MAX + " characters");
        }
        return text.strip();
    }

    public Long id() {
        return id;
    }

    public ForumThread thread() {
        return thread;
    }

    public int position() {
        return position;
    }

    public long authorId() {
        return authorId;
    }

    public String actingOrganisation() {
        return actingOrganisation;
    }

    public String body() {
        return deletedAt == null ? body : null;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime editedAt() {
        return editedAt;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
