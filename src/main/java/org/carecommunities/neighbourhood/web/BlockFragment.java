package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.NeighbourhoodBlock;

/**
 * One block of a neighbourhood's page, with the address it loads (and refreshes) from on its own: on the page it
 * loads itself fresh as soon as the page is there ({@code load}); loaded alone, it refreshes every five minutes
 * (never on its own load, which would ask for itself again and again).
 */
public record BlockFragment(String slug, NeighbourhoodBlock.Block block, boolean alone) {

    public String trigger() {
        return alone ? "every 300s" : "load";
    }

    public String url() {
        return Routes.block(slug, block.id());
    }
}
