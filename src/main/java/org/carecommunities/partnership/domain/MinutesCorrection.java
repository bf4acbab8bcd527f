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

import java.time.LocalDateTime;

/** A correction to published minutes: a new record beside them, since the minutes themselves never change. */
@Entity
@Table(name = "partnership_minutes_correction")
public class MinutesCorrection {

    public static final int BODY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "at_time", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 200)
    private String author;

    protected MinutesCorrection() {
        // for JPA
    }

    MinutesCorrection(Meeting meeting, String body, LocalDateTime at, String author) {
        this.meeting = meeting;
        this.body = body;
        this.at = at;
        this.author = author;
    }

    public String body() {
        return body;
    }

    public LocalDateTime at() {
        return at;
    }

    public String author() {
        return author;
    }
}
