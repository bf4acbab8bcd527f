package org.carecommunities.forum.threads;

import org.carecommunities.platform.WrittenLanguage;

import java.time.LocalDateTime;

/**
 * A thread in a list: title, forum, who started it (and for which organisation, or null), replies, latest
 * activity, whether a moderator pinned or locked it, and the language its title was written in (a tag; null: not
 * known).
 */
public record ThreadRow(long id, String forumSlug, String forumName, String title, String author,
                        String organisation, int replies, LocalDateTime lastActivityAt, boolean pinned,
                        boolean locked, String writtenIn) {

    /** "rtl" when its title is in a language written right to left; else none. */
    public String direction() {
        return WrittenLanguage.direction(writtenIn);
    }
}
