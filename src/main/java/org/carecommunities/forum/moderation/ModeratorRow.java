package org.carecommunities.forum.moderation;

/** A member who moderates a neighbourhood's forums. */
public record ModeratorRow(long memberId, String member, long neighbourhoodId, String neighbourhood) {
}
