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
import java.time.ZoneOffset;

/** One entry of an agreement's audit trail as stored (see {@link AuditTrail}); never updated. */
@Entity
@Table(name = "partnership_audit")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "seq", nullable = false, updatable = false)
    private long sequence;

    /** UTC, to the millisecond (what every database here keeps exactly, so the hash can be recomputed). */
    @Column(name = "at_time", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(nullable = false, updatable = false, length = 200)
    private String actor;

    @Column(name = "what", nullable = false, updatable = false, length = 40)
    private String action;

    @Column(nullable = false, updatable = false, length = 2000)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previous;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditRecord() {
        // for JPA
    }

    AuditRecord(Agreement agreement, AuditTrail.Entry entry) {
        this.agreement = agreement;
        this.sequence = entry.sequence();
        this.at = LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC);
        this.actor = entry.actor();
        this.action = entry.action();
        this.detail = entry.detail();
        this.previous = entry.previous();
        this.hash = entry.hash();
    }

    public AuditTrail.Entry entry() {
        return new AuditTrail.Entry(sequence, at.toInstant(ZoneOffset.UTC), actor, action, detail, previous, hash);
    }
}
