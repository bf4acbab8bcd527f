package org.carecommunities.partnership.proposals;

/**
 * A need residents met nothing for: a search of the asset map in the neighbourhood that found nothing (its words and
 * filters), or a thread members flagged "I couldn't find a service for this"; how often it came up in the period,
 * and the thread to read (null for a search) in its forum. {@code key} names it on an agenda.
 */
public record UnmetNeed(String key, String label, long times, Long threadId, String forumSlug) {

    /** Where to read it: its thread, as the forum writes the address, or null for a search. */
    public String href() {
        return threadId == null ? null : org.carecommunities.forum.ForumLinks.thread(forumSlug, threadId);
    }
}
