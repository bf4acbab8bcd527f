package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.ServiceRow;
import org.carecommunities.assetmap.StewardedService;

import java.util.List;

/** A group on the asset map: its published services, and for its stewards every service with its status. */
public record GroupPage(String slug, String name, String description, List<ServiceRow> published,
                        List<StewardedService> stewarded, boolean steward) {

    static final String TEMPLATE = "assetmap/group.jte";

    public String newServiceUrl() {
        return AssetMapLinks.MAP + "/groups/" + slug + "/services/new";
    }
}
