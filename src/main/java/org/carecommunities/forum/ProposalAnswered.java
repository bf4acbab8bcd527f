package org.carecommunities.forum;

import java.time.LocalDateTime;

/**
 * The partnership board answered a proposal: accepted (and linked to the commitment that carries it out) or
 * declined, with its reason. The forum owns this type and the partnership module fires it (the forum comes
 * before it); the forum observes it after commit: the thread shows the answer, and the proposal's author,
 * supporters and the thread's followers are told.
 *
 * @param threadId      the proposal's thread
 * @param accepted      whether the board accepted it
 * @param reason        what the board wrote
 * @param commitment    what the board committed to (null when declined)
 * @param commitmentUrl where that commitment is (null when declined)
 * @param at            when the board answered (UTC)
 * @param meeting       the meeting it answered at, in words ("its meeting on 3 December 2026 at 18:00"), or null
 */
public record ProposalAnswered(long threadId, boolean accepted, String reason, String commitment,
                               String commitmentUrl, LocalDateTime at, String meeting) {
}
