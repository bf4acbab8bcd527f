package org.carecommunities.assetmap;

import java.util.List;

/**
 * What a later module needs to know of a service to route something to it (a referral): its id and name, the
 * group that runs it (slug and name), the neighbourhood it serves and its categories' names, in the reader's
 * language; and whether it is published now.
 */
public record ServiceFacts(String id, String name, String groupSlug, String group, long neighbourhoodId,
                           List<String> categories, boolean published) {

    public ServiceFacts {
        categories = List.copyOf(categories);
    }
}
