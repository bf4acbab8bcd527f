package org.carecommunities.partnership.proposals.web;

import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.proposals.UnmetNeed;

import java.util.List;

/** A neighbourhood's unmet needs, for its board, most frequent first. */
public record UnmetNeedsPage(String neighbourhoodSlug, String neighbourhood, List<UnmetNeed> needs,
                             List<org.carecommunities.platform.Choice> agreements,
                             List<org.carecommunities.partnership.BoardEvidence.Figures> figures) {

    /** Where a need goes to become a commitment of the agreement chosen. */
    public String commitAction() {
        return PartnershipLinks.unmetNeeds(neighbourhoodSlug) + "/commitment";
    }

    static final String TEMPLATE = "partnership/unmetNeeds.jte";

    public String board() {
        return PartnershipLinks.board(neighbourhoodSlug);
    }
}
