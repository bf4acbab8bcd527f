package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.NeighbourhoodBlock;
import org.carecommunities.neighbourhood.places.NeighbourhoodDetails;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** One neighbourhood: who lives there, and the organisations serving it grouped by kind. */
public record NeighbourhoodPage(NeighbourhoodDetails neighbourhood, List<NeighbourhoodBlock.Block> blocks) {

    public NeighbourhoodPage {
        blocks = List.copyOf(blocks);
    }

    public BlockFragment fragment(NeighbourhoodBlock.Block block) {
        return new BlockFragment(neighbourhood.slug(), block);
    }

    public String population() {
        return NumberFormat.getIntegerInstance(Locale.UK).format(neighbourhood.population());
    }

    public String districts() {
        return String.join(", ", neighbourhood.postcodeDistricts());
    }

    public String suggestUrl() {
        return Routes.suggestOrganisation(neighbourhood.slug());
    }

    public String groupId(org.carecommunities.neighbourhood.OrganisationKind kind) {
        return "kind-" + kind.code();
    }
}
