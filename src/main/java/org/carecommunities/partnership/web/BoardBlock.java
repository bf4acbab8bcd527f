package org.carecommunities.partnership.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.neighbourhood.NeighbourhoodBlock;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.boards.BoardDetails;
import org.carecommunities.partnership.meetings.Meetings;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A neighbourhood's page shows its partnership board: the next meeting, and its promises with their status. */
@ApplicationScoped
public class BoardBlock implements NeighbourhoodBlock {

    private static final int SHOWN = 5;

    @Inject
    Agreements agreements;

    @Inject
    Meetings meetings;

    @Override
    public String id() {
        return "board";
    }

    @Override
    public Optional<Block> block(NeighbourhoodSummary neighbourhood) {
        List<Item> items = new ArrayList<>();
        meetings.next(neighbourhood.id()).ifPresent(m -> items.add(new Item("Next meeting: " + Dates.inWords(
                m.startsAt()), PartnershipLinks.meeting(m.id()), m.publicSession() ? "A public session: anyone may "
                + "come. Add it to your calendar from its page." : "A private session of the board.")));
        for (BoardDetails.DueCommitment c : agreements.openCommitments(neighbourhood.id(), SHOWN)) {
            items.add(new Item(c.what(), PartnershipLinks.commitment(c.agreementId(), c.id()),
                    c.organisationName() + ": " + (c.overdue() ? "overdue, " : "") + c.status().toLowerCase(
                    java.util.Locale.UK) + ", " + c.progress() + "%, due " + Dates.day(c.due()) + "."));
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(25, id(), "The partnership board", "What the partners serving "
                + neighbourhood.name() + " meet about and have promised, and how it is going.", items,
                "The board, its agreements and the residents' proposals it answers",
                PartnershipLinks.board(neighbourhood.slug())));
    }
}
