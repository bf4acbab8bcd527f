package org.carecommunities.partnership.web;

import org.carecommunities.partnership.boards.BoardDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.proposals.ProposalRow;
import org.carecommunities.platform.Dates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A neighbourhood's board: its purpose, its members by organisation, the agreements its reader may read, the
 * commitments due soon or overdue, the reviews near or past, and the residents' proposals sent to it (to consider,
 * and answered); for the board, where to draft an agreement and answer proposals.
 */
public record BoardPage(BoardDetails board, boolean admin, List<ProposalRow> proposals,
                        org.carecommunities.platform.Paged<org.carecommunities.partnership.meetings.MeetingRow> meetings) {

    static final String TEMPLATE = "partnership/board.jte";
    /** The meetings the board's page shows, the coming ones first; the rest are on the board's meetings pages. */
    static final int MEETINGS = 8;

    /** Every meeting of the board, when there are more than the page shows. */
    public String allMeetings() {
        return meetings.hasNext() ? PartnershipLinks.meetings(board.neighbourhoodSlug(), 1) : null;
    }

    public String link(BoardDetails.AgreementRow agreement) {
        return PartnershipLinks.agreement(agreement.id());
    }

    public String commitmentLink(BoardDetails.DueCommitment c) {
        return PartnershipLinks.commitment(c.agreementId(), c.id());
    }

    public String boards() {
        return PartnershipLinks.BOARDS;
    }

    public String newAgreement() {
        return PartnershipLinks.newAgreement(board.neighbourhoodSlug());
    }

    public String members() {
        return PartnershipLinks.members(board.neighbourhoodSlug());
    }

    public String unmetNeeds() {
        return PartnershipLinks.unmetNeeds(board.neighbourhoodSlug());
    }

    public String newMeeting() {
        return PartnershipLinks.newMeeting(board.neighbourhoodSlug());
    }

    public String answerLink(ProposalRow p) {
        return PartnershipLinks.proposal(board.neighbourhoodSlug(), p.id());
    }

    public String when(java.time.LocalDateTime at) {
        return Dates.day(at.toLocalDate());
    }

    public String date(LocalDate date) {
        return Dates.day(date);
    }

    /** The members today, grouped by the organisation they sit for. */
    public Map<String, List<BoardDetails.Seat>> byOrganisation() {
        Map<String, List<BoardDetails.Seat>> grouped = new LinkedHashMap<>();
        board.seats().forEach(s -> grouped.computeIfAbsent(s.organisationName(), k -> new java.util.ArrayList<>())
                .add(s));
        return grouped;
    }
}
