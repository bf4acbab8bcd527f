package org.carecommunities.forum;

/** A thread members flagged "I couldn't find a service for this": how many did, over a period (never who). */
public record UnmetThread(long threadId, String forumSlug, String title, long flags) {
}
