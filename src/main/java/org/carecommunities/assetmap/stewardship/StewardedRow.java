package org.carecommunities.assetmap.stewardship;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.services.ServiceStatus;
import java.time.LocalDate;

/** One of a group's services in its stewards' list: drafts and archived ones too. */
public record StewardedRow(String id, String groupSlug, String name, ServiceStatus status, LocalDate reviewedOn) {

    /** The review date as people write it: 29 November 2026. */
    public String reviewed() {
        return org.carecommunities.platform.Dates.day(reviewedOn);
    }

    public String href() {
        return AssetMapLinks.edit(groupSlug, id);
    }
}
