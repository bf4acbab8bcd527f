package org.carecommunities.partnership.web;

import org.carecommunities.partnership.BoardDetails;
import org.carecommunities.partnership.PartnershipLinks;

/** A neighbourhood's board: its purpose and the agreements its reader may read. */
public record BoardPage(BoardDetails board) {

    static final String TEMPLATE = "partnership/board.jte";

    public String link(BoardDetails.AgreementRow agreement) {
        return PartnershipLinks.agreement(agreement.id());
    }

    public String boards() {
        return PartnershipLinks.BOARDS;
    }

    public String date(java.time.LocalDate date) {
        return org.carecommunities.platform.Dates.day(date);
    }
}
