package org.carecommunities.partnership.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A version frozen when it went to signature: its canonical text and digest never change; its signatures. */
@Entity
@Table(name = "partnership_version")
public class AgreementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = 32000)
    private String canonical;

    @Column(nullable = false, updatable = false, length = 64)
    private String digest;

    @Column(name = "frozen_at", nullable = false, updatable = false)
    private LocalDateTime frozenAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("signedAt")
    private List<Signature> signatures = new ArrayList<>();

    protected AgreementVersion() {
        // for JPA
    }

    AgreementVersion(Agreement agreement, int number, AgreementText text, LocalDateTime now) {
        this.agreement = agreement;
        this.number = number;
        this.canonical = text.canonical();
        this.digest = text.digest();
        this.frozenAt = now;
    }

    Signature sign(String organisation, String signatory, String signedBy, long memberId, LocalDateTime now) {
        Signature signature = new Signature(this, organisation, signatory, signedBy, memberId, now);
        signatures.add(signature);
        return signature;
    }

    public int number() {
        return number;
    }

    public String canonical() {
        return canonical;
    }

    public String digest() {
        return digest;
    }

    public LocalDateTime frozenAt() {
        return frozenAt;
    }

    public List<Signature> signatures() {
        return List.copyOf(signatures);
    }
}
