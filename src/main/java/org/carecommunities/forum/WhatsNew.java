package org.carecommunities.forum;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What is new for one member: their own posts hidden while moderators review them (so the author hears of it),
 * replies in threads they follow, and threads started in forums they joined.
 */
public record WhatsNew(List<HiddenPost> hidden, List<FollowedThread> replies, List<ThreadRow> newThreads) {

    public WhatsNew {
        hidden = List.copyOf(hidden);
        replies = List.copyOf(replies);
        newThreads = List.copyOf(newThreads);
    }

    public boolean isEmpty() {
        return hidden.isEmpty() && replies.isEmpty() && newThreads.isEmpty();
    }

    public int count() {
        return hidden.size() + replies.size() + newThreads.size();
    }

    /** One of the member's posts that is hidden, and why. */
    public record HiddenPost(long threadId, String forumSlug, String title, int position, String reason) {
    }

    /** A followed thread with replies the member has not read; {@code firstUnread} is the first such reply. */
    public record FollowedThread(long threadId, String forumSlug, String forumName, String title, int newReplies,
                                 int firstUnread, LocalDateTime lastActivityAt) {
    }
}
