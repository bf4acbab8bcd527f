package org.carecommunities.forum;

import java.time.LocalDateTime;

/** One moderation action as listed: who, what, to which post, why, when. */
public record ModerationLogEntry(String moderator, String action, Long postId, String reason, LocalDateTime at) {
}
