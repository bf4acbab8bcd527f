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

/** A party to an agreement's working text: the organisation, and who is named to sign for it. */
@Entity
@Table(name = "partnership_party")
public class AgreementParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "organisation_slug", nullable = false, length = 80)
    private String organisation;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false, length = 120)
    private String signatory;

    /** The member who signs for the party (the text shows their name); none until a board member chooses. */
    @Column(name = "signatory_member_id")
    private Long signatoryMember;

    protected AgreementParty() {
        // for JPA
    }

    AgreementParty(Agreement agreement, int sortOrder, AgreementText.Party party, Long signatoryMember) {
        this.agreement = agreement;
        this.sortOrder = sortOrder;
        this.organisation = party.organisation();
        this.name = party.name();
        this.signatory = party.signatory() == null ? "" : party.signatory().strip();
        this.signatoryMember = signatoryMember;
    }

    Long signatoryMember() {
        return signatoryMember;
    }

    AgreementText.Party text() {
        return new AgreementText.Party(organisation, name, signatory);
    }

    int sortOrder() {
        return sortOrder;
    }
}
