package org.carecommunities.partnership.web;

import org.carecommunities.partnership.boards.BoardRow;
import org.carecommunities.partnership.PartnershipLinks;

import java.util.List;

/** Every neighbourhood's partnership board. */
public record BoardsPage(List<BoardRow> boards) {

    static final String TEMPLATE = "partnership/boards.jte";

    public String register() {
        return PartnershipLinks.REGISTER;
    }

    public String link(BoardRow board) {
        return PartnershipLinks.board(board.neighbourhoodSlug());
    }
}
