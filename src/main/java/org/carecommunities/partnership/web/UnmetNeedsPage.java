package org.carecommunities.partnership.web;

import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.UnmetNeed;

import java.util.List;

/** A neighbourhood's unmet needs, for its board, most frequent first. */
public record UnmetNeedsPage(String neighbourhoodSlug, String neighbourhood, List<UnmetNeed> needs,
                             List<org.carecommunities.partnership.AgreementChoices.Choice> agreements) {

    /** Where a need goes to become a commitment of the agreement chosen. */
    public String commitAction() {
        return PartnershipLinks.unmetNeeds(neighbourhoodSlug) + "/commitment";
    }

    static final String TEMPLATE = "partnership/unmetNeeds.jte";

    public String board() {
        return PartnershipLinks.board(neighbourhoodSlug);
    }
}
