package org.carecommunities.forum;

import java.time.LocalDateTime;
import java.util.List;

/** What is new for one member: replies in threads they follow, and threads started in forums they joined. */
public record WhatsNew(List<FollowedThread> replies, List<ThreadRow> newThreads) {

    public WhatsNew {
        replies = List.copyOf(replies);
        newThreads = List.copyOf(newThreads);
    }

    public boolean isEmpty() {
        return replies.isEmpty() && newThreads.isEmpty();
    }

    public int count() {
        return replies.size() + newThreads.size();
    }

    /** A followed thread with replies the member has not read; {@code firstUnread} is the first such reply. */
    public record FollowedThread(long threadId, String forumSlug, String forumName, String title, int newReplies,
                                 int firstUnread, LocalDateTime lastActivityAt) {
    }
}
