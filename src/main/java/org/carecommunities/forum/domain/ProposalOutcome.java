package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** What became of a proposal: the board's answer, or a step of the commitment it became; never changed. */
@Entity
@Table(name = "proposal_outcome")
@NamedQuery(name = ProposalOutcome.OF_THREAD, query = "SELECT o FROM ProposalOutcome o WHERE o.threadId = :thread "
        + "ORDER BY o.at, o.id")
public class ProposalOutcome {

    public static final String OF_THREAD = "ProposalOutcome.ofThread";
    public static final int MESSAGE_MAX = 1000;

    /** The board put it on a meeting's agenda, answered it, or the commitment it became moved on. */
    public enum Kind { AGENDA, ANSWER, PROGRESS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(name = "at_time", nullable = false)
    private LocalDateTime at;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(length = 300)
    private String href;

    protected ProposalOutcome() {
        // for JPA
    }

    public ProposalOutcome(long threadId, LocalDateTime at, Kind kind, String message, String href) {
        this.threadId = threadId;
        this.at = at;
        this.kind = kind;
        this.message = message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX - 1) + "…" : message;
        this.href = href;
    }

    public LocalDateTime at() {
        return at;
    }

    public Kind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    public String href() {
        return href;
    }
}
