package org.carecommunities.forum;

import org.carecommunities.neighbourhood.Neighbourhoods;

/** A forum as listed: what it is about, whose neighbourhood it is (to name and link to), and how busy it is. */
public record ForumSummary(long id, String slug, String name, String description, boolean general,
                           long neighbourhoodId, Neighbourhoods.Place neighbourhood, long members, long threads) {
}
