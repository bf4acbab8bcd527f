package org.carecommunities.forum.moderation;

import java.time.LocalDateTime;

/**
 * One moderation action as listed: who, what ("restored", "locked", "suspended"...), to what (in words, and the
 * post or thread by id where there is one), why, when.
 */
public record ModerationLogEntry(String moderator, String action, String subject, Long postId, Long threadId,
                                 String reason, LocalDateTime at) {
}
