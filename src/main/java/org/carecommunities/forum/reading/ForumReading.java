package org.carecommunities.forum.reading;

import org.carecommunities.forum.threads.ThreadRow;
import org.carecommunities.forum.ForumSummary;
import org.carecommunities.platform.Paged;

import java.util.List;

/**
 * A forum's page as one reader sees it, read in one transaction: the forum, a page of its threads, the pinned
 * threads heading the first page, whether the reader has joined, and why they may not post (or null).
 */
public record ForumReading(ForumSummary forum, Paged<ThreadRow> threads, List<ThreadRow> pinned, boolean joined,
                           String refusal) {

    public ForumReading {
        pinned = List.copyOf(pinned);
    }
}
