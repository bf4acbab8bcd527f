package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.stewardship.VenueDraft;
import org.carecommunities.platform.Errors;

/** A steward's form for one venue of a service (a new one when the venue has no id), with errors beside fields. */
public record VenuePage(String groupSlug, String serviceId, String serviceName, String venueId, VenueDraft draft,
                        Errors errors) {

    static final String TEMPLATE = "assetmap/venue.jte";

    public String action() {
        return venueId == null ? AssetMapLinks.group(groupSlug) + "/services/" + serviceId + "/venues"
                : AssetMapLinks.venue(groupSlug, serviceId, venueId);
    }

    public String removeAction() {
        return AssetMapLinks.venue(groupSlug, serviceId, venueId) + "/remove";
    }

    public String back() {
        return AssetMapLinks.edit(groupSlug, serviceId) + "#venues";
    }
}
