package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.proposals.ForumProposals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.Forums;
import org.carecommunities.neighbourhood.NeighbourhoodBlock;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;

import java.util.List;
import java.util.Optional;

/** A neighbourhood's page shows the residents' proposals open for support, those closest to going to the board first. */
@ApplicationScoped
public class ProposalsBlock implements NeighbourhoodBlock {

    private static final int SHOWN = 5;

    @Inject
    Forums forums;

    @Inject
    ForumProposals proposals;

    @Override
    public String id() {
        return "proposals";
    }

    @Override
    public Optional<Block> block(NeighbourhoodSummary neighbourhood) {
        List<ForumProposals.OpenProposal> open = proposals.openProposals(neighbourhood.id(), SHOWN);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(18, id(), Text.t("forum.proposals.heading"),
                Text.t("forum.proposals.lead", "threshold", open.get(0).threshold()),
                open.stream().map(p -> new Item(p.title(), ForumLinks.thread(p.forumSlug(), p.threadId()),
                        Text.t("forum.proposals.supports", "supports", p.supports(), "threshold", p.threshold())))
                        .toList(), null, null));
    }
}
