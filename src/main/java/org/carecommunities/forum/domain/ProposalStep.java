package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.carecommunities.identity.NewsFact;

import java.time.LocalDateTime;

/**
 * A step in a proposal's story after its neighbourhood's support sent it to the partnership board (put on a
 * meeting's agenda, answered, the commitment it became moving on), as the facts the partnership module sent; the
 * module that owns the step's kind writes its words when the story is shown.
 */
@Entity
@Table(name = "proposal_step")
@NamedQuery(name = ProposalStep.OF_THREAD, query = "SELECT s FROM ProposalStep s WHERE s.threadId = :thread "
        + "ORDER BY s.at, s.id")
public class ProposalStep {

    public static final String OF_THREAD = "ProposalStep.ofThread";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(nullable = false, length = 60)
    private String kind;

    /** Whether this step is the board's answer (the thread shows it first). */
    @Column(nullable = false)
    private boolean answer;

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

    protected ProposalStep() {
        // for JPA
    }

    public ProposalStep(long threadId, NewsFact fact, boolean answer) {
        this.threadId = threadId;
        this.answer = answer;
        this.kind = fact.kind();
        this.item = fact.item();
        this.state = fact.state();
        this.figure = fact.figure();
        this.of = fact.of();
        this.note = fact.note();
        this.at = fact.at();
    }

    /** The step as the fact it was told as, about its thread. */
    public NewsFact fact() {
        return new NewsFact(kind, String.valueOf(threadId), item, state, figure, of, note, at);
    }

    public boolean answer() {
        return answer;
    }

    public LocalDateTime at() {
        return at;
    }
}
