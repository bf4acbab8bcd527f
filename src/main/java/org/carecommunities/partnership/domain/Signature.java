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

/** A party's signatory signed a version: who, for which organisation, when, and the digest they signed. */
@Entity
@Table(name = "partnership_signature")
public class Signature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private AgreementVersion version;

    @Column(name = "organisation_slug", nullable = false, updatable = false, length = 80)
    private String organisation;

    @Column(nullable = false, updatable = false, length = 120)
    private String signatory;

    /** Who signed, by the name they had then. */
    @Column(name = "signed_by", updatable = false, length = 120)
    private String signedBy;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private LocalDateTime signedAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String digest;

    protected Signature() {
        // for JPA
    }

    Signature(AgreementVersion version, String organisation, String signatory, String signedBy, long memberId,
              LocalDateTime now) {
        this.version = version;
        this.organisation = organisation;
        this.signatory = signatory;
        this.signedBy = signedBy == null ? signatory : signedBy.strip();
        this.memberId = memberId;
        this.signedAt = now;
        this.digest = version.digest();
    }

    public String organisation() {
        return organisation;
    }

    public String signedBy() {
        return signedBy == null ? signatory : signedBy;
    }

    public String signatory() {
        return signatory;
    }

    public long memberId() {
        return memberId;
    }

    public LocalDateTime signedAt() {
        return signedAt;
    }

    public String digest() {
        return digest;
    }
}
