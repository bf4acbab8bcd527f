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

/** A clause of an agreement's working text, in its place. */
@Entity
@Table(name = "partnership_clause")
public class AgreementClause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The most a clause's (or schedule's) heading and text hold. */
    public static final int HEADING_MAX = 200;
    public static final int TEXT_MAX = 8000;

    @Column(nullable = false, length = HEADING_MAX)
    private String heading;

    @Column(nullable = false, length = TEXT_MAX)
    private String body;

    @Column(name = "is_schedule", nullable = false)
    private boolean schedule;

    protected AgreementClause() {
        // for JPA
    }

    AgreementClause(Agreement agreement, int sortOrder, AgreementText.Clause clause) {
        this.agreement = agreement;
        this.sortOrder = sortOrder;
        this.heading = clause.heading() == null ? "" : clause.heading().strip();
        this.body = clause.text() == null ? "" : clause.text().strip();
    }

    /** A named schedule (as network agreements have) kept beside the clauses. */
    AgreementClause(Agreement agreement, int sortOrder, AgreementText.NamedSchedule named) {
        this(agreement, sortOrder, new AgreementText.Clause(named.name(), named.text()));
        this.schedule = true;
    }

    boolean schedule() {
        return schedule;
    }

    AgreementText.NamedSchedule named() {
        return new AgreementText.NamedSchedule(heading, body);
    }

    AgreementText.Clause text() {
        return new AgreementText.Clause(heading, body);
    }

    int sortOrder() {
        return sortOrder;
    }
}
