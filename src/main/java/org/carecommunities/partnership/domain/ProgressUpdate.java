package org.carecommunities.partnership.domain;

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
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A dated word on how a commitment is going: the status and progress it set, what was done, and evidence. */
@Entity
@Table(name = "partnership_progress")
public class ProgressUpdate {

    public static final int NOTE_MAX = 2000;
    public static final int EVIDENCE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false)
    private Commitment commitment;

    @Column(name = "at_time", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 200)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommitmentStatus status;

    @Column(nullable = false)
    private int progress;

    @Column(nullable = false, length = NOTE_MAX)
    private String note;

    @Column(name = "evidence_url", length = EVIDENCE_MAX)
    private String evidence;

    protected ProgressUpdate() {
        // for JPA
    }

    ProgressUpdate(Commitment commitment, LocalDateTime at, String author, CommitmentStatus status, int progress,
                   String note, String evidence) {
        this.commitment = commitment;
        this.at = at;
        this.author = author;
        this.status = status;
        this.progress = progress;
        this.note = note;
        this.evidence = evidence;
    }

    public Long id() {
        return id;
    }

    public Commitment commitment() {
        return commitment;
    }

    public LocalDateTime at() {
        return at;
    }

    public String author() {
        return author;
    }

    public CommitmentStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public String note() {
        return note;
    }

    public String evidence() {
        return evidence;
    }
}
