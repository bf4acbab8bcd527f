package org.carecommunities.forum.threads;

import java.time.LocalDateTime;

/**
 * A thread in a list: title, forum, who started it (and for which organisation, or null), replies, latest
 * activity, and whether a moderator pinned or locked it.
 */
public record ThreadRow(long id, String forumSlug, String forumName, String title, String author,
                        String organisation, int replies, LocalDateTime lastActivityAt, boolean pinned,
                        boolean locked) {
}
