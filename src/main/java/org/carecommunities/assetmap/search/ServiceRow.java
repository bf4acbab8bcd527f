package org.carecommunities.assetmap.search;

import org.carecommunities.assetmap.AssetMapLinks;
import java.util.List;

/** A service in a list of results: enough to choose it; the distance (in words) when the search was from a place. */
public record ServiceRow(String id, String name, String group, String summary, List<String> categories,
                         String where, List<String> when, String cost, double latitude, double longitude,
                         boolean located, boolean outOfDate, String distance, String wordsIn) {

    public ServiceRow {
        categories = List.copyOf(categories);
        when = List.copyOf(when);
    }

    public String href() {
        return AssetMapLinks.service(id);
    }
}
