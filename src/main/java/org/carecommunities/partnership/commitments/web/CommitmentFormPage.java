package org.carecommunities.partnership.commitments.web;

import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.commitments.CommitmentDraft;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Errors;

/** The form a board member adds a commitment with: owned by one of the parties, perhaps part of another. */
public record CommitmentFormPage(AgreementDetails agreement, CommitmentDraft draft, Errors errors,
                                 org.carecommunities.assetmap.ServicePicker picker) {

    static final String TEMPLATE = "partnership/commitmentForm.jte";

    public String action() {
        return PartnershipLinks.agreement(agreement.id()) + "/commitments";
    }

    public String back() {
        return PartnershipLinks.agreement(agreement.id());
    }

    /** How a commitment is shown as a possible parent: indented by its depth. */
    public String parentLabel(AgreementDetails.Commitment c) {
        return "— ".repeat(c.depth() - 1) + c.what();
    }
}
