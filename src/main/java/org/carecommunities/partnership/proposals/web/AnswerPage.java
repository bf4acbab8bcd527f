package org.carecommunities.partnership.proposals.web;

import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.agreements.AgreementChoices;
import org.carecommunities.partnership.proposals.AnswerDraft;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.proposals.ProposalRow;
import org.carecommunities.platform.Errors;

import java.util.List;

/**
 * The board's answer to a proposal: accept or decline, the reason residents read, and (accepting) the commitment
 * that carries it out: one the board has, or a new one described here.
 */
public record AnswerPage(String neighbourhood, ProposalRow proposal, AnswerDraft draft, Errors errors,
                         List<Choice> carriers, List<Choice> organisations,
                         List<Choice> meetings) {

    static final String TEMPLATE = "partnership/answer.jte";

    public String action() {
        return PartnershipLinks.proposal(neighbourhood, proposal.id());
    }

    public String back() {
        return PartnershipLinks.proposals(neighbourhood);
    }
}
