package org.carecommunities.partnership.web;

import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.agreements.AgreementChoices;
import org.carecommunities.partnership.boards.BoardDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.boards.SeatDraft;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;

import java.time.LocalDate;
import java.util.List;

/** Everyone who sits or sat on a board, and the form an admin appoints another with. */
public record MembersPage(BoardDetails board, List<BoardDetails.Seat> everyone,
                          List<Choice> organisations, SeatDraft draft, Errors errors) {

    static final String TEMPLATE = "partnership/members.jte";

    public static final List<Choice> POSITIONS = org.carecommunities.partnership.boards.Boards.POSITIONS;

    public String action() {
        return PartnershipLinks.members(board.neighbourhoodSlug());
    }

    public String leaveAction(BoardDetails.Seat seat) {
        return action() + "/" + seat.id() + "/leave";
    }

    public String back() {
        return PartnershipLinks.board(board.neighbourhoodSlug());
    }

    public String date(LocalDate day) {
        return Dates.day(day);
    }
}
