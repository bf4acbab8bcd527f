package org.carecommunities.forum.domain;

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

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A conversation in a forum: its title and, as posts, its opening message and the replies. Replies are
 * numbered in order, which is what lets any page of a long thread be read with one bounded query.
 */
@Entity
@Table(name = "forum_thread")
@NamedQuery(name = ForumThread.IN_FORUM, query = "SELECT t FROM ForumThread t WHERE t.forum.id = :forum "
        + "AND t.pinnedAt IS NULL AND " + ForumThread.OPENING_SHOWN + " ORDER BY t.lastActivityAt DESC, t.id DESC")
@NamedQuery(name = ForumThread.COUNT_IN_FORUM, query = "SELECT COUNT(t) FROM ForumThread t WHERE t.forum.id = :forum "
        + "AND t.pinnedAt IS NULL AND " + ForumThread.OPENING_SHOWN)
@NamedQuery(name = ForumThread.PINNED_IN_FORUM, query = "SELECT t FROM ForumThread t WHERE t.forum.id = :forum "
        + "AND t.pinnedAt IS NOT NULL AND " + ForumThread.OPENING_SHOWN + " ORDER BY t.pinnedAt DESC, t.id DESC")
@NamedQuery(name = ForumThread.NEW_IN_JOINED, query = "SELECT t FROM ForumThread t JOIN FETCH t.forum f, "
        + "ForumMembership m WHERE m.id.memberId = :member AND m.id.forumId = f.id AND t.createdAt > m.joinedAt "
        + "AND t.createdAt > :since AND t.authorId <> :member AND NOT EXISTS (SELECT r FROM ThreadReader r "
        + "WHERE r.threadId = t.id AND r.memberId = :member) AND " + ForumThread.OPENING_SHOWN
        + " ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = ForumThread.LATEST_IN_FORUM, query = "SELECT t FROM ForumThread t JOIN FETCH t.forum f "
        + "WHERE f.id = :forum AND " + ForumThread.OPENING_SHOWN + " ORDER BY t.lastActivityAt DESC, t.id DESC")
@NamedQuery(name = ForumThread.COUNTS, query = "SELECT t.forum.id, COUNT(t) FROM ForumThread t "
        + "WHERE t.forum.id IN :forums AND " + ForumThread.OPENING_SHOWN + " GROUP BY t.forum.id")
@NamedQuery(name = ForumThread.TITLE_LIKE, query = "SELECT t FROM ForumThread t JOIN FETCH t.forum f "
        + "WHERE f.neighbourhoodId = :neighbourhood AND LOWER(t.title) LIKE :pattern ESCAPE '\\' "
        + "AND " + ForumThread.OPENING_SHOWN + " ORDER BY t.lastActivityAt DESC")
public class ForumThread {

    /**
     * A JPQL condition on a thread {@code t}: its opening post is not hidden. A thread whose opening post is hidden
     * is in no list, count, block or story; only its page (which says it is hidden) and the moderators' queue.
     */
    public static final String OPENING_SHOWN = "NOT EXISTS (" + ForumThread.OPENING_HIDDEN_OF + "t)";

    /** The hidden opening post of the thread whose alias follows (a JPQL subquery, for {@link #OPENING_SHOWN}). */
    static final String OPENING_HIDDEN_OF = "SELECT o FROM Post o WHERE o.position = 0 AND o.hiddenAt IS NOT NULL "
            + "AND o.thread = ";

    public static final String IN_FORUM = "ForumThread.inForum";
    public static final String COUNT_IN_FORUM = "ForumThread.countInForum";
    /**
     * A forum's threads, latest activity first, to read the first only: the index on (forum, last activity) gives it
     * without reading the others, however many the forum has.
     */
    public static final String LATEST_IN_FORUM = "ForumThread.latestInForum";
    public static final String COUNTS = "ForumThread.counts";
    public static final String TITLE_LIKE = "ForumThread.titleLike";
    public static final String PINNED_IN_FORUM = "ForumThread.pinnedInForum";
    public static final String NEW_IN_JOINED = "ForumThread.newInJoined";
    public static final int LOCK_REASON_MAX = ModerationAction.REASON_MAX;
    public static final int TITLE_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id", nullable = false)
    private Forum forum;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** The language its title (and opening post) was written in, a tag; null for threads older than that. */
    @Column(name = "written_in", length = 35)
    private String writtenIn;

    /** The identity module's member id. */
    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "acting_organisation", length = 80)
    private String actingOrganisation;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private LocalDateTime lastActivityAt;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    /** Null for an ordinary conversation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_status", length = 30)
    private Proposal.Status proposalStatus;

    @Column(name = "proposal_response", length = 2000)
    private String proposalResponse;

    /** When a moderator locked it against new replies; null while it is open. */
    @Column(name = "locked_at")
    private LocalDateTime lockedAt;

    @Column(name = "locked_reason", length = LOCK_REASON_MAX)
    private String lockedReason;

    /** When a moderator pinned it to the top of its forum; null for the rest. */
    @Column(name = "pinned_at")
    private LocalDateTime pinnedAt;

    protected ForumThread() {
        // for JPA
    }

    public ForumThread(Forum forum, String title, long authorId, String actingOrganisation, LocalDateTime now) {
        if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
            throw new IllegalArgumentException("A title has 1 to " + TITLE_MAX + " characters");
        }
        this.forum = forum;
        this.title = title.strip();
        this.authorId = authorId;
        this.actingOrganisation = actingOrganisation;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** The thread puts forward something for the neighbourhood to do. */
    public void propose() {
        if (proposalStatus == null) {
            proposalStatus = Proposal.Status.OPEN;
        }
    }

    /**
     * Support changed: reaching the threshold moves an open proposal on; falling below it before the board has
     * taken it up opens it again. Once the board considers it, support no longer moves it.
     */
    public void supportChanged(long supports, int threshold) {
        if (proposalStatus == Proposal.Status.OPEN && supports >= threshold) {
            proposalStatus = Proposal.Status.THRESHOLD_REACHED;
        } else if (proposalStatus == Proposal.Status.THRESHOLD_REACHED && supports < threshold) {
            proposalStatus = Proposal.Status.OPEN;
        }
    }

    /**
     * Why this member may not support the proposal now, or null when they may: it must be a proposal the board has
     * not decided, the member a resident of its neighbourhood, not its author, and not already a supporter.
     *
     * @param supporters the members who already support it
     */
    public String supportRefusal(long memberId, boolean residentOfNeighbourhood, Set<Long> supporters) {
        if (proposalStatus == null) {
            return Text.t("forum.support.notProposal");
        }
        if (proposalStatus.decided()) {
            return Text.t("forum.support.decided");
        }
        if (!residentOfNeighbourhood) {
            return Text.t("forum.support.residentsOnly");
        }
        if (memberId == authorId) {
            return Text.t("forum.support.own");
        }
        if (supporters.contains(memberId)) {
            return Text.t("forum.support.already");
        }
        return null;
    }

    /**
     * Why a supporter may not withdraw now, or null when they may: not from a locked thread, and not once the board
     * has answered.
     */
    public String withdrawalRefusal() {
        if (proposalStatus != null && proposalStatus.decided()) {
            return Text.t("forum.support.answered");
        }
        if (locked()) {
            return Text.t("forum.support.locked");
        }
        return null;
    }

    /**
     * Why a member's support would not count yet: accounts younger than {@code minimumDays} cannot move a
     * proposal (throwaway accounts made to push one over its threshold). Null when it counts.
     */
    public static String accountAgeRefusal(LocalDateTime joinedAt, int minimumDays, LocalDateTime now) {
        if (minimumDays <= 0 || joinedAt == null) {
            return null;
        }
        LocalDateTime from = joinedAt.plusDays(minimumDays);
        return now.isBefore(from) ? Text.t("forum.support.newAccount", "days", minimumDays, "from",
                org.carecommunities.platform.Dates.inWords(from)) : null;
    }

    /** The partnership board answered the proposal: accepted or declined, with what it wrote. */
    public void answer(boolean accepted, String response) {
        if (proposalStatus == null) {
            throw new IllegalStateException("Only a proposal is answered");
        }
        proposalStatus = accepted ? Proposal.Status.ACCEPTED : Proposal.Status.DECLINED;
        proposalResponse = response == null ? null : response.strip();
    }

    /** A moderator closes the thread to new replies and support; it can still be read. */
    public void lock(String reason, LocalDateTime now) {
        if (reason == null || reason.isBlank() || reason.strip().length() > LOCK_REASON_MAX) {
            throw new IllegalArgumentException("Locking a thread needs a reason of 1 to " + LOCK_REASON_MAX
                    + " characters");
        }
        if (lockedAt == null) {
            lockedAt = now;
        }
        lockedReason = reason.strip();
    }

    public void unlock() {
        lockedAt = null;
        lockedReason = null;
    }

    public boolean locked() {
        return lockedAt != null;
    }

    public String lockedReason() {
        return lockedReason;
    }

    /** A moderator keeps the thread at the top of its forum. */
    public void pin(LocalDateTime now) {
        if (pinnedAt == null) {
            pinnedAt = now;
        }
    }

    public void unpin() {
        pinnedAt = null;
    }

    public boolean pinned() {
        return pinnedAt != null;
    }

    public Proposal.Status proposalStatus() {
        return proposalStatus;
    }

    public String proposalResponse() {
        return proposalResponse;
    }

    /** The opening post, which carries the thread's body. */
    public Post open(String body) {
        return new Post(this, 0, authorId, actingOrganisation, body, createdAt);
    }

    /** A reply, numbered after the last one; the thread moves to the top of its forum. */
    public Post reply(long author, String organisation, String body, LocalDateTime now) {
        if (locked()) {
            throw new IllegalStateException("A locked thread takes no replies");
        }
        replyCount++;
        lastActivityAt = now;
        return new Post(this, replyCount, author, organisation, body, now);
    }

    public Long id() {
        return id;
    }

    public Forum forum() {
        return forum;
    }

    public String title() {
        return title;
    }

    /** The language its title was written in (a tag), or null where not known. */
    public String writtenIn() {
        return writtenIn;
    }

    /** Says the language its title was written in: its opening post's. */
    public void writtenIn(String tag) {
        writtenIn = tag;
    }

    public long authorId() {
        return authorId;
    }

    public String actingOrganisation() {
        return actingOrganisation;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime lastActivityAt() {
        return lastActivityAt;
    }

    public int replyCount() {
        return replyCount;
    }
}
