package org.carecommunities.partnership.proposals;

/**
 * A need residents met nothing for: a search of the asset map in the neighbourhood that found nothing (its words and
 * filters), or a thread members flagged "I couldn't find a service for this"; how often it came up in the period,
 * and where to read it (null for a search). {@code key} names it on an agenda.
 */
public record UnmetNeed(String key, String label, long times, String href) {
}
