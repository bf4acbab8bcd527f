package org.carecommunities.neighbourhood;

import java.util.List;
import java.util.Optional;

/**
 * A block that a later module adds to a neighbourhood's page (its forums, its services, its board), without this
 * module knowing of it: the module implements this interface, owned here, so no dependency points backwards.
 */
public interface NeighbourhoodBlock {

    /**
     * The block's element id on the page, which is also how it is asked for alone (each block loads and refreshes
     * as its own fragment).
     */
    String id();

    /** The block for this neighbourhood's page, or empty when the module has nothing to show there. */
    Optional<Block> block(NeighbourhoodSummary neighbourhood);

    /**
     * What the page shows: a heading, a few items, and a link to all of them.
     *
     * @param order     where it stands on the page, lowest first
     * @param id        the section's element id, unique on the page
     * @param heading   the section's heading
     * @param intro     a sentence under the heading, or null
     * @param items     the items listed
     * @param moreLabel the link to everything, or null
     * @param moreHref  where it goes, or null
     */
    record Block(int order, String id, String heading, String intro, List<Item> items, String moreLabel,
                 String moreHref) {

        public Block {
            items = List.copyOf(items);
        }
    }

    /** One item: what it is, where it is, and a line about it (or null). */
    record Item(String label, String href, String detail) {
    }
}
