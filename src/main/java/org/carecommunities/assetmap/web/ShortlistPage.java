package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.ServiceDetails;
import org.carecommunities.assetmap.ShortlistDetails;

/** A shortlist to read, print or share: every detail of each service on it. */
public record ShortlistPage(ShortlistDetails shortlist) {

    static final String TEMPLATE = "assetmap/shortlist.jte";

    public String link() {
        return AssetMapLinks.shortlist(shortlist.token());
    }

    public String removeAction(ServiceDetails service) {
        return AssetMapLinks.shortlist(shortlist.token()) + "/services/" + service.id() + "/remove";
    }

    public String mapUrl() {
        return AssetMapLinks.MAP;
    }
}
