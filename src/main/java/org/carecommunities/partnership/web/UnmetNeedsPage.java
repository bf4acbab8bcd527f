package org.carecommunities.partnership.web;

import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.UnmetNeed;

import java.util.List;

/** A neighbourhood's unmet needs, for its board, most frequent first. */
public record UnmetNeedsPage(String neighbourhoodSlug, String neighbourhood, List<UnmetNeed> needs) {

    static final String TEMPLATE = "partnership/unmetNeeds.jte";

    public String board() {
        return PartnershipLinks.board(neighbourhoodSlug);
    }
}
