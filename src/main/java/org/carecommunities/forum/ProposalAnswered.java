package org.carecommunities.forum;

import org.carecommunities.identity.NewsFact;

/**
 * The partnership board answered a proposal: accepted (and linked to the commitment that carries it out) or
 * declined, with its reason. The forum owns this type and the partnership module fires it (the forum comes
 * before it); the forum observes it after commit: the thread shows the answer, the step joins the proposal's story,
 * and the proposal's author, supporters and the thread's followers are told.
 *
 * @param threadId the proposal's thread
 * @param accepted whether the board accepted it
 * @param reason   what the board wrote
 * @param step     the answer as facts (a partnership kind, about the thread), which the partnership words
 */
public record ProposalAnswered(long threadId, boolean accepted, String reason, NewsFact step) {
}
