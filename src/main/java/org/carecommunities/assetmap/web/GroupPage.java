package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.openreferral.FeedCopies;
import org.carecommunities.assetmap.stewardship.ReviewDue;
import org.carecommunities.assetmap.search.ServiceRow;
import org.carecommunities.assetmap.stewardship.StewardedRow;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.assetmap.stewardship.SuggestionRow;

import java.util.List;

/**
 * A group on the asset map: its published services, and for its stewards every service with its status, the
 * reviews due, directories' updates waiting and suggestions.
 */
public record GroupPage(String slug, String name, String description, List<ServiceRow> published,
                        List<StewardedRow> stewarded, List<SuggestionRow> inbox, List<ReviewDue> due,
                        List<FeedCopies.Offer> updates, boolean steward, Stewardship.ClaimStatus claim,
                        boolean mayClaim, boolean admin) {

    /** Where a steward takes or leaves a directory's update. */
    public String updateAction(FeedCopies.Offer update, String choice) {
        return AssetMapLinks.group(slug) + "/services/" + update.serviceId() + "/update/" + choice;
    }

    public String claimAction() {
        return AssetMapLinks.group(slug) + "/claim";
    }

    public String approveAction() {
        return AssetMapLinks.group(slug) + "/claim/approve";
    }

    static final String TEMPLATE = "assetmap/group.jte";

    public String answerAction(SuggestionRow suggestion) {
        return AssetMapLinks.group(slug) + "/suggestions/" + suggestion.id();
    }

    public long open() {
        return inbox.stream().filter(s -> !s.closed()).count();
    }

    public String newServiceUrl() {
        return AssetMapLinks.group(slug) + "/services/new";
    }
}
