package org.carecommunities.forum;

import java.time.LocalDateTime;

/**
 * The partnership board put a proposal on a meeting's agenda. Owned by the forum, fired by the partnership module;
 * the proposal's story shows on which meeting's agenda it is, and its people are told.
 *
 * @param threadId   the proposal's thread
 * @param message    which meeting, in a sentence
 * @param meetingUrl the meeting's page
 * @param at         when it was put on the agenda (UTC)
 */
public record ProposalScheduled(long threadId, String message, String meetingUrl, LocalDateTime at) {
}
