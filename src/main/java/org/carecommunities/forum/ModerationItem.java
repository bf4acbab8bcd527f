package org.carecommunities.forum;

import java.util.List;

/** A hidden post waiting for a moderator, with why it was hidden and what reporters said. */
public record ModerationItem(long postId, String forumSlug, long threadId, String threadTitle, int position,
                             String author, String text, String hiddenReason, List<String> reports) {

    public ModerationItem {
        reports = List.copyOf(reports);
    }
}
