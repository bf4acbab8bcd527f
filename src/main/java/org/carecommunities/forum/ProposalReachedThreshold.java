package org.carecommunities.forum;

import java.time.LocalDateTime;

/**
 * A proposal gathered the support its neighbourhood asks for: it goes to the partnership board. Fired by the
 * forum facade and observed after the support is committed ({@code TransactionPhase.AFTER_SUCCESS}), by the
 * forum itself (its supporters are told) and by modules after it (the partnership board puts it on its agenda).
 *
 * @param threadId        the proposal's thread
 * @param neighbourhoodId the neighbourhood whose forum it is in
 * @param supports        supports it has now
 * @param threshold       supports the neighbourhood asks for
 * @param at              when it crossed the threshold (UTC)
 */
public record ProposalReachedThreshold(long threadId, long neighbourhoodId, int supports, int threshold,
                                       LocalDateTime at) {
}
