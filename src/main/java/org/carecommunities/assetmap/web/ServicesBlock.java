package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.neighbourhood.NeighbourhoodBlock;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;

import java.util.Optional;

/** A neighbourhood's page lists its newest services on the asset map, with a link to all of them. */
@ApplicationScoped
public class ServicesBlock implements NeighbourhoodBlock {

    private static final int SHOWN = 5;

    @Inject
    AssetMap assetMap;

    @Override
    public String id() {
        return "services";
    }

    @Override
    public Optional<Block> block(NeighbourhoodSummary neighbourhood) {
        AssetMap.Newest newest = assetMap.newest(neighbourhood.id(), SHOWN);
        if (newest.total() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Block(15, id(), Text.t("assetmap.block.heading", "name", neighbourhood.name()),
                Text.t("assetmap.block.lead", "count", newest.total()),
                newest.services().stream().map(s -> new Item(s.name(), s.href(), s.group()
                        + (s.when().isEmpty() ? "" : ". " + s.when().get(0)))).toList(),
                Text.t("assetmap.block.all", "name", neighbourhood.name()), AssetMapLinks.in(neighbourhood.id())));
    }
}
