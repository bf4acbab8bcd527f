package org.carecommunities.assetmap.shortlists;

import org.carecommunities.assetmap.AssetMapLinks;

/** One of a link worker's shortlists, in their list. */
public record ShortlistRow(String token, String title, int services) {

    public String href() {
        return AssetMapLinks.shortlist(token);
    }
}
