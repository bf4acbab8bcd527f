package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.ServiceActions;
import java.util.List;
import java.util.Map;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.services.ServiceDetails;
import org.carecommunities.assetmap.shortlists.ShortlistDetails;

/** A shortlist to read, print or share: every detail of each service on it. */
public record ShortlistPage(ShortlistDetails shortlist, String baseUrl,
                            Map<String, List<ServiceActions.Action>> actions) {

    /** What the reader may do about a service from the list (a link worker: refer someone); none for most. */
    public List<ServiceActions.Action> actions(ServiceDetails service) {
        return actions.getOrDefault(service.id(), List.of());
    }

    static final String TEMPLATE = "assetmap/shortlist.jte";

    /** Its full address (the portal's public one), so it can be typed from paper or pasted into a message. */
    public String link() {
        return baseUrl.replaceAll("/+$", "") + AssetMapLinks.shortlist(shortlist.token());
    }

    public String removeAction(ServiceDetails service) {
        return AssetMapLinks.shortlist(shortlist.token()) + "/services/" + service.id() + "/remove";
    }

    public String mapUrl() {
        return AssetMapLinks.MAP;
    }
}
