package org.carecommunities.partnership.agreements.web;

import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Errors;

import java.util.List;

/**
 * Signing a version: its number and digest, a link to read it whole, and for each party the reader may sign for,
 * a confirmation and a button. Someone who may not sign reads why.
 */
public record SignPage(AgreementDetails agreement, AgreementResource.SignForm form, Errors errors) {

    static final String TEMPLATE = "partnership/sign.jte";

    /** Whether a version waits for signatures (the status as the agreements facade names it). */
    public boolean awaitingSignatures() {
        return agreement.status().is("AWAITING_SIGNATURES");
    }

    public String action() {
        return PartnershipLinks.agreement(agreement.id()) + "/sign";
    }

    public String back() {
        return PartnershipLinks.agreement(agreement.id());
    }

    public String pdf() {
        return PartnershipLinks.agreement(agreement.id()) + ".pdf";
    }

    /** The parties the reader signs for now. */
    public List<AgreementDetails.Party> parties() {
        return agreement.parties().stream().filter(p -> agreement.reader().signFor().contains(p.organisation()))
                .toList();
    }
}
