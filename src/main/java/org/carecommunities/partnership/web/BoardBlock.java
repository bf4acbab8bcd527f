package org.carecommunities.partnership.web;

import org.carecommunities.platform.Text;
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
        meetings.next(neighbourhood.id()).ifPresent(m -> items.add(new Item(Text.t("partnership.digest.nextMeeting",
                "when", Dates.inWords(m.startsAt())), PartnershipLinks.meeting(m.id()), Text.t(m.publicSession()
                ? "partnership.block.public" : "partnership.digest.private"))));
        for (BoardDetails.DueCommitment c : agreements.openCommitments(neighbourhood.id(), SHOWN)) {
            items.add(new Item(c.what(), PartnershipLinks.commitment(c.agreementId(), c.id()),
                    Text.t("partnership.block.commitment", "organisation", c.organisationName(), "overdue",
                    String.valueOf(c.overdue()), "status", c.status(), "progress", c.progress(), "due",
                    Dates.day(c.due()))));
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(25, id(), Text.t("partnership.digest.board"), Text.t("partnership.block.about",
                "neighbourhood", neighbourhood.name()), items, Text.t("partnership.block.more"),
                PartnershipLinks.board(neighbourhood.slug())));
    }
}
