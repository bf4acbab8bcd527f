package org.carecommunities.partnership.web;

import org.carecommunities.partnership.AgreementDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Dates;


/** An agreement as its reader may see it: parties and their signatures, clauses, the version and its digest. */
public record AgreementPage(AgreementDetails agreement) {

    static final String TEMPLATE = "partnership/agreement.jte";

    public String pdf() {
        return PartnershipLinks.agreement(agreement.id()) + ".pdf";
    }

    public String board() {
        return PartnershipLinks.board(agreement.neighbourhoodSlug());
    }

    public String signed(AgreementDetails.Party party) {
        return party.signedAt() == null ? null : Dates.day(party.signedAt().toLocalDate());
    }
}
