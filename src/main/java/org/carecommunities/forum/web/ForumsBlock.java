package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.forum.threads.ForumCard;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.Forums;
import org.carecommunities.neighbourhood.NeighbourhoodBlock;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;

import java.util.List;
import java.util.Optional;

/** A neighbourhood's page lists its forums: how many threads each has, and the latest conversation. */
@ApplicationScoped
public class ForumsBlock implements NeighbourhoodBlock {

    @Inject
    Forums forums;

    @Override
    public String id() {
        return "forums";
    }

    @Override
    public Optional<Block> block(NeighbourhoodSummary neighbourhood) {
        List<ForumCard> cards = forums.cards(neighbourhood.id());
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(20, id(), Text.t("forum.block.heading", "name", neighbourhood.name()),
                Text.t("forum.block.lead", "name", neighbourhood.name()),
                cards.stream().map(ForumsBlock::item).toList(), Text.t("forum.block.all"),
                ForumRoutes.FORUMS));
    }

    private static Item item(ForumCard card) {
        long threads = card.forum().threads();
        String detail = card.latest() == null ? Text.t("forum.block.threads", "count", threads)
                : Text.t("forum.block.threadsAndLatest", "count", threads, "latest", card.latest().title());
        return new Item(card.forum().name(), ForumLinks.forum(card.forum().slug()), detail);
    }
}
