package org.carecommunities.assetmap;

import java.util.List;

/**
 * Who cites a service, for its page: implemented by the modules whose writing cites services (forum threads,
 * partnership commitments), so the asset map lists them without reading their tables.
 */
public interface CitedBy {

    /** The public pages citing the service with this id, newest first, at most {@code most}. */
    List<Citing> citing(String serviceId, int most);

    /** A page citing a service: what it is ("Thread", "Commitment"), its title, address and where it belongs. */
    record Citing(String kind, String title, String href, String where) {
    }
}
