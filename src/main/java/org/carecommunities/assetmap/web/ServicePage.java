package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.CitedBy;
import org.carecommunities.assetmap.ServiceActions;
import org.carecommunities.assetmap.services.ServiceDetails;
import org.carecommunities.assetmap.shortlists.ShortlistRow;

import java.util.List;
import org.carecommunities.neighbourhood.NeighbourhoodLinks;
import org.carecommunities.platform.Dates;

/** A service's page: what, for whom, cost, how to join, where, when, the next sessions and when it was reviewed. */
public record ServicePage(ServiceDetails service, boolean steward, boolean linkWorker,
                          List<ShortlistRow> shortlists, List<CitedBy.Citing> citing, String tiles,
                          String attribution, List<ServiceActions.Action> actions) {

    /** Whether a small map is drawn beside the venues (only with tiles configured, and JavaScript). */
    public boolean map() {
        return tiles != null && !tiles.isBlank() && !service.places().isEmpty();
    }

    static final String TEMPLATE = "assetmap/service.jte";

    public String checkedAction() {
        return AssetMapLinks.service(service.id()) + "/checked";
    }

    public String addAction(ShortlistRow shortlist) {
        return AssetMapLinks.shortlist(shortlist.token()) + "/services";
    }

    public String shortlistsUrl() {
        return AssetMapLinks.SHORTLISTS;
    }

    public String checked() {
        return service.checkedOn() == null ? null : Dates.day(service.checkedOn());
    }

    public String suggestUrl() {
        return AssetMapLinks.service(service.id()) + "/suggest";
    }

    public String editUrl() {
        return AssetMapLinks.edit(service.groupSlug(), service.id());
    }

    public String calendarUrl() {
        return AssetMapLinks.service(service.id()) + "/sessions.ics";
    }

    public String mapUrl() {
        return AssetMapLinks.MAP;
    }

    public String neighbourhoodUrl() {
        return service.neighbourhoodSlug() == null ? null
                : NeighbourhoodLinks.neighbourhood(service.neighbourhoodSlug());
    }

    public String reviewed() {
        return Dates.day(service.reviewedOn());
    }
}
