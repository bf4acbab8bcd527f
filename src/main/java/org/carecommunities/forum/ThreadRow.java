package org.carecommunities.forum;

import java.time.LocalDateTime;

/** A thread in a list: title, who started it (and for which organisation, or null), replies, latest activity. */
public record ThreadRow(long id, String forumSlug, String title, String author, String organisation, int replies,
                       LocalDateTime lastActivityAt) {
}
