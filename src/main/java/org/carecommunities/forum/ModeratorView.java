package org.carecommunities.forum;

/** A member who moderates a neighbourhood's forums. */
public record ModeratorView(long memberId, String member, long neighbourhoodId, String neighbourhood) {
}
