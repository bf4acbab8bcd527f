package org.carecommunities.forum.moderation;

import java.time.LocalDateTime;

/** A suspension in force, as moderators list it. */
public record SuspensionRow(long id, long memberId, String member, String neighbourhood, String reason,
                             String suspendedBy, LocalDateTime endsAt) {
}
