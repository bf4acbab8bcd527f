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
    /** The agreement's parties, as the owner's select offers them. */
    public java.util.List<org.carecommunities.platform.Choice> parties() {
        return agreement.parties().stream().map(p -> new org.carecommunities.platform.Choice(p.organisation(),
                p.name())).toList();
    }

    /** The agreement's commitments a new one may be part of. */
    public java.util.List<org.carecommunities.platform.Choice> parents() {
        return agreement.commitments().stream().map(c -> new org.carecommunities.platform.Choice(
                String.valueOf(c.id()), parentLabel(c))).toList();
    }

    public String parentLabel(AgreementDetails.Commitment c) {
        return "— ".repeat(c.depth() - 1) + c.what();
    }
}
