package org.carecommunities.forum;

/** A forum as listed: what it is about and how busy it is. */
public record ForumSummary(long id, String slug, String name, String description, boolean general,
                           long neighbourhoodId, long members, long threads) {
}
