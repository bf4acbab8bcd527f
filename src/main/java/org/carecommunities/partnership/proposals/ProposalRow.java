package org.carecommunities.partnership.proposals;

import java.time.LocalDateTime;

/**
 * A residents' proposal on a board's list: the thread (its title and address), the support it had, when it
 * reached its threshold, where it is, and the board's answer (the reason, and the commitment carrying it out,
 * when accepted).
 */
public record ProposalRow(long id, long threadId, String title, String href, int supports, LocalDateTime reachedAt,
                          String status, boolean toConsider, String reason, String commitment, String commitmentHref,
                          LocalDateTime decidedAt) {
}
