package org.carecommunities.forum;

import java.util.List;

/**
 * A post as a moderator sees it: where it is, who wrote it (and their id, to suspend them), its text even when
 * hidden, why it was hidden (null while shown) and what reporters said.
 */
public record ModerationItem(long postId, String forumSlug, long threadId, String threadTitle, int position,
                             long authorId, String author, long neighbourhoodId, String text, boolean hidden,
                             String hiddenReason, List<String> reports) {

    public ModerationItem {
        reports = List.copyOf(reports);
    }
}
