package org.carecommunities.forum;

import java.time.LocalDateTime;

/**
 * The commitment a proposal became moved on (a progress update, a milestone, done). Owned by the forum, fired by
 * the partnership module; the thread shows it, and the proposal's people are told without following anything
 * else.
 *
 * @param threadId the proposal's thread
 * @param message  what happened, in a sentence
 * @param url      where to read more (the commitment)
 * @param at       when (UTC)
 */
public record ProposalProgressed(long threadId, String message, String url, LocalDateTime at) {
}
