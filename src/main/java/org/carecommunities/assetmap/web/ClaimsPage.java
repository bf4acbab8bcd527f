package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.platform.Dates;

import java.util.List;

/** The claims waiting for an admin: each group, who asked and when, to approve or refuse. */
public record ClaimsPage(List<Stewardship.WaitingClaim> claims) {

    static final String TEMPLATE = "assetmap/claims.jte";

    public String group(Stewardship.WaitingClaim c) {
        return AssetMapLinks.group(c.slug());
    }

    public String approve(Stewardship.WaitingClaim c) {
        return AssetMapLinks.group(c.slug()) + "/claim/approve?from=claims";
    }

    public String refuse(Stewardship.WaitingClaim c) {
        return AssetMapLinks.group(c.slug()) + "/claim/refuse";
    }

    public String when(Stewardship.WaitingClaim c) {
        return c.askedAt() == null ? "" : Dates.shown(c.askedAt());
    }
}
