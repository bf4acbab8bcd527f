package org.carecommunities.forum;

import org.carecommunities.identity.NewsFact;

/**
 * The partnership board put a proposal on a meeting's agenda. Owned by the forum, fired by the partnership module;
 * the proposal's story shows the step, and its people are told.
 *
 * @param threadId the proposal's thread
 * @param step     which meeting, as facts (a partnership kind, about the thread)
 */
public record ProposalScheduled(long threadId, NewsFact step) {
}
