package org.carecommunities.partnership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A dated step on the way to a commitment, and the day it was reached (null until it is). */
@Entity
@Table(name = "partnership_milestone")
public class Milestone {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false)
    private Commitment commitment;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate due;

    @Column(name = "reached_on")
    private LocalDate reached;

    protected Milestone() {
        // for JPA
    }

    Milestone(Commitment commitment, String title, LocalDate due) {
        this.commitment = commitment;
        this.title = title;
        this.due = due;
    }

    void reach(LocalDate day) {
        reached = day;
    }

    public Commitment commitment() {
        return commitment;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate due() {
        return due;
    }

    public LocalDate reached() {
        return reached;
    }

    /** Its date passed and it was not reached. */
    public boolean missed(LocalDate today) {
        return reached == null && due.isBefore(today);
    }
}
