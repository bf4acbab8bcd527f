package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.threads.PostCard;
import org.carecommunities.forum.ThreadDetails;

import java.util.List;

/**
 * Replies that arrived since the reader loaded the last page, and the poller that asks for the next ones. Polled
 * by htmx every {@value #SECONDS} seconds; the news is announced politely through the live region.
 */
public record LiveReplies(ThreadDetails thread, List<PostCard> posts, ThreadPage.Viewer viewer,
                          int lastPosition) {

    public static final int SECONDS = 15;

    public List<ThreadPage.Entry> entries() {
        return ThreadPage.entries(thread, posts, viewer);
    }

    public int newLast() {
        return posts.isEmpty() ? lastPosition : posts.get(posts.size() - 1).position();
    }

    public String pollUrl() {
        return ForumLinks.thread(thread.forum().slug(), thread.id()) + "/since/" + newLast();
    }

    public String trigger() {
        return "every " + SECONDS + "s";
    }

    /** What the live region says, or null when nothing new came. */
    public String announcement() {
        return posts.isEmpty() ? null : Text.t("forum.newReplies", "count", posts.size());
    }
}
