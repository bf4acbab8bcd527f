package org.carecommunities.assetmap.web;

import jakarta.ws.rs.QueryParam;
import org.carecommunities.assetmap.openreferral.OpenReferralFeed;

/** The query parameters the Open Referral UK lists share, as they came (checked by the feed). */
public class OpenReferralFilters {

    @QueryParam("search")
    String search;
    @QueryParam("taxonomy_term_id")
    String taxonomyTermId;
    @QueryParam("taxonomy_id")
    String taxonomyId;
    @QueryParam("organization_id")
    String organizationId;
    @QueryParam("modified_after")
    String modifiedAfter;
    @QueryParam("minimum_age")
    String minimumAge;
    @QueryParam("maximum_age")
    String maximumAge;
    @QueryParam("day")
    String day;
    @QueryParam("start_time")
    String startTime;
    @QueryParam("end_time")
    String endTime;
    @QueryParam("postcode")
    String postcode;
    @QueryParam("proximity")
    String proximity;
    @QueryParam("page")
    String page;
    @QueryParam("per_page")
    String perPage;

    OpenReferralFeed.Filters filters() {
        return new OpenReferralFeed.Filters(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter,
                minimumAge, maximumAge, day, startTime, endTime, postcode, proximity, page, perPage);
    }
}
