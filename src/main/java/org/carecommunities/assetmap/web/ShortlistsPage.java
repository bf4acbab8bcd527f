package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.shortlists.ShortlistRow;
import org.carecommunities.platform.Errors;

import java.util.List;

/** A link worker's shortlists, and the form for a new one. */
public record ShortlistsPage(List<ShortlistRow> shortlists, NewShortlist form, Errors errors) {

    static final String TEMPLATE = "assetmap/shortlists.jte";

    /** A new shortlist's title, as typed. */
    public record NewShortlist(String title) {
    }

    public String action() {
        return AssetMapLinks.SHORTLISTS;
    }
}
