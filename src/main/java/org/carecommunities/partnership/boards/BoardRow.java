package org.carecommunities.partnership.boards;

/** A neighbourhood and how many agreements of its board the public can read. */
public record BoardRow(String neighbourhoodSlug, String neighbourhood, long publicAgreements) {
}
