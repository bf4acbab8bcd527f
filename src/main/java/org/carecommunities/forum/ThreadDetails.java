package org.carecommunities.forum;

/** A thread with the forum it is in. */
public record ThreadDetails(long id, String title, ForumSummary forum, int replies) {
}
