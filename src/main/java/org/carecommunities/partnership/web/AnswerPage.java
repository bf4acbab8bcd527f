package org.carecommunities.partnership.web;

import org.carecommunities.partnership.AgreementChoices;
import org.carecommunities.partnership.AnswerDraft;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.ProposalRow;
import org.carecommunities.platform.Errors;

import java.util.List;

/**
 * The board's answer to a proposal: accept or decline, the reason residents read, and (accepting) the commitment
 * that carries it out: one the board has, or a new one described here.
 */
public record AnswerPage(String neighbourhood, ProposalRow proposal, AnswerDraft draft, Errors errors,
                         List<AgreementChoices.Choice> carriers, List<AgreementChoices.Choice> organisations,
                         List<AgreementChoices.Choice> meetings) {

    static final String TEMPLATE = "partnership/answer.jte";

    public String action() {
        return PartnershipLinks.proposal(neighbourhood, proposal.id());
    }

    public String back() {
        return PartnershipLinks.proposals(neighbourhood);
    }
}
