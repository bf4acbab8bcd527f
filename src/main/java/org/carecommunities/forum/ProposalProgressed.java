package org.carecommunities.forum;

import org.carecommunities.identity.NewsFact;

/**
 * The commitment a proposal became moved on (a progress update, a milestone reached). Owned by the forum, fired by
 * the partnership module; the thread's story shows the step, and the proposal's people are told without following
 * anything else.
 *
 * @param threadId the proposal's thread
 * @param step     what happened, as facts (a partnership kind, about the thread)
 */
public record ProposalProgressed(long threadId, NewsFact step) {
}
