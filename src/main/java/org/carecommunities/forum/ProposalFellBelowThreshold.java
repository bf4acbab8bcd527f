package org.carecommunities.forum;

import java.time.LocalDateTime;

/**
 * Supporters withdrew before the board took a proposal up, so it no longer has the support its neighbourhood
 * asks for: it is open for support again. Observed after commit, like {@link ProposalReachedThreshold}.
 */
public record ProposalFellBelowThreshold(long threadId, long neighbourhoodId, int supports, int threshold,
                                         LocalDateTime at) {
}
