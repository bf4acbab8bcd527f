package org.carecommunities.forum.reading;

import org.carecommunities.forum.threads.PostCard;
import org.carecommunities.forum.proposals.ProposalCard;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.platform.Paged;

/**
 * A page of a thread as one reader sees it, read in one transaction: the thread, its posts, the proposal it makes
 * (or null), and what the reader may do there.
 */
public record ThreadReading(ThreadDetails thread, Paged<PostCard> posts, ProposalCard proposal, Reader reader) {

    /**
     * The reader: joined the thread's forum, follows the thread, and why they may not write in it now (suspended,
     * or the thread is locked; for anyone, the lock), or null when they may.
     */
    public record Reader(boolean joined, boolean following, String refusal) {
    }
}
