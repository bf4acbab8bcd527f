package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.NeighbourhoodBlock;

/**
 * One block of a neighbourhood's page, with the address it refreshes from on its own. The page renders every block
 * inline, fresh, so a block is never asked for again as the page loads (that cost a second request per block on
 * every visit); it refreshes itself every five minutes while the page stays open, alone or inline alike.
 */
public record BlockFragment(String slug, NeighbourhoodBlock.Block block) {

    /** How often an open page asks for the block again. */
    static final String REFRESH = "every 300s";

    public String trigger() {
        return REFRESH;
    }

    public String url() {
        return Routes.block(slug, block.id());
    }
}
