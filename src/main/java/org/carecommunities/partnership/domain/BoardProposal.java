package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Refused;
import org.carecommunities.forum.ForumLinks;
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
import java.util.Map;

/**
 * A residents' proposal on the board's list: it reached its neighbourhood's support threshold, and waits for the
 * board's answer. Declined with a written reason, or accepted and carried out by a commitment; answered once. If
 * its support falls back below the threshold before the board answers, it leaves the list until it reaches it
 * again.
 */
@Entity
@Table(name = "partnership_proposal")
@NamedQuery(name = BoardProposal.OF_THREAD, query = "SELECT p FROM BoardProposal p WHERE p.threadId = :thread")
@NamedQuery(name = BoardProposal.OF_BOARD, query = "SELECT p FROM BoardProposal p WHERE p.board = :board "
        + "AND p.status <> org.carecommunities.partnership.domain.BoardProposal.Status.WITHDRAWN "
        + "ORDER BY p.reachedAt DESC")
public class BoardProposal {

    public static final String OF_THREAD = "BoardProposal.ofThread";
    public static final String OF_BOARD = "BoardProposal.ofBoard";
    public static final int REASON_MAX = 2000;

    /** Where the proposal is on the board's list. */
    public enum Status {
        TO_CONSIDER("partnership.proposalStatus.toConsider"), ACCEPTED("partnership.proposalStatus.accepted"),
        DECLINED("partnership.proposalStatus.declined"), WITHDRAWN("partnership.proposalStatus.withdrawn");

        /** The key of its name in the bundle. */
        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** Its name in the reader's language. */
        public String label() {
            return Text.t(label);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @Column(name = "thread_id", nullable = false, unique = true)
    private long threadId;

    @Column(nullable = false, length = 200)
    private String title;

    /** The forum the thread is in (its slug); the forum writes the address when the proposal is shown. */
    @Column(name = "forum_slug", nullable = false, length = 80)
    private String forumSlug;

    @Column(nullable = false)
    private int supports;

    @Column(name = "reached_at", nullable = false)
    private LocalDateTime reachedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(length = REASON_MAX)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    protected BoardProposal() {
        // for JPA
    }

    public BoardProposal(Board board, long threadId, String title, String forumSlug, int supports,
                         LocalDateTime at) {
        this.board = board;
        this.threadId = threadId;
        this.title = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        this.forumSlug = forumSlug;
        this.supports = supports;
        this.reachedAt = at;
        this.status = Status.TO_CONSIDER;
    }

    /** It reached its threshold (again): back on the list unless the board has answered it. */
    public void reached(int supportsNow, LocalDateTime at) {
        supports = supportsNow;
        if (status == Status.WITHDRAWN) {
            status = Status.TO_CONSIDER;
            reachedAt = at;
        }
    }

    /** Its support fell below the threshold: off the list, unless the board has answered it. */
    public void fellBelow(int supportsNow) {
        supports = supportsNow;
        if (status == Status.TO_CONSIDER) {
            status = Status.WITHDRAWN;
        }
    }

    /** The board declines it, saying why. */
    public void decline(String why, String actor, LocalDateTime at) {
        answer(Status.DECLINED, why, null, actor, at);
    }

    /** The board accepts it, saying what it will do, and carries it out by this commitment. */
    public void accept(String why, Commitment by, String actor, LocalDateTime at) {
        answer(Status.ACCEPTED, why, by, actor, at);
    }

    private void answer(Status to, String why, Commitment by, String actor, LocalDateTime at) {
        if (status != Status.TO_CONSIDER) {
            throw Refused.because(Text.t("partnership.proposal.answered", "status", status.label()));
        }
        if (why == null || why.isBlank() || why.strip().length() > REASON_MAX) {
            throw Refused.because(Map.of("reason", Text.t("partnership.proposal.why", "max", REASON_MAX)));
        }
        status = to;
        reason = why.strip();
        commitment = by;
        decidedAt = at;
        decidedBy = actor;
    }

    public boolean toConsider() {
        return status == Status.TO_CONSIDER;
    }

    public Long id() {
        return id;
    }

    public Board board() {
        return board;
    }

    public long threadId() {
        return threadId;
    }

    public String title() {
        return title;
    }

    /** The slug of the forum its thread is in. */
    public String forumSlug() {
        return forumSlug;
    }

    /** Where residents read it: its thread, as the forum writes the address now. */
    public String href() {
        return ForumLinks.thread(forumSlug, threadId);
    }

    public int supports() {
        return supports;
    }

    public LocalDateTime reachedAt() {
        return reachedAt;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Commitment commitment() {
        return commitment;
    }

    /** Answered at this meeting (null: between meetings); a meeting of its board that has started. */
    public void answeredAt(Meeting at, LocalDateTime now) {
        if (at != null && (!at.board().id().equals(board.id()) || now.isBefore(at.startsAt()))) {
            throw Refused.because(Map.of("meeting", Text.t("partnership.proposal.meeting")));
        }
        meeting = at;
    }

    public Meeting meeting() {
        return meeting;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }
}
