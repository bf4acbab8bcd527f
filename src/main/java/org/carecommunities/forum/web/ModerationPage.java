package org.carecommunities.forum.web;

import org.carecommunities.forum.ModerationItem;
import org.carecommunities.forum.ModerationLogEntry;

import java.util.List;

/** The moderator's queue of hidden posts and the record of what moderators did. */
public record ModerationPage(List<ModerationItem> queue, List<ModerationLogEntry> log) {

    public String action(ModerationItem item) {
        return ForumRoutes.moderate(item.postId());
    }

    public String postUrl(ModerationItem item) {
        return ForumRoutes.threadPage(item.forumSlug(), item.threadId(),
                item.position() / org.carecommunities.forum.Forums.POSTS_PER_PAGE + 1) + "#post-" + item.position();
    }

    public String when(ModerationLogEntry entry) {
        return Dates.shown(entry.at());
    }
}
