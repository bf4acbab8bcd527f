package org.carecommunities.forum.news;

import org.carecommunities.forum.threads.ThreadRow;
import org.carecommunities.identity.MoreNews;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What is new for one member: their own posts hidden while moderators review them (so the author hears of it),
 * replies in threads they follow, threads started in forums they joined, and the news other modules keep for
 * them ({@link MoreNews}).
 */
public record WhatsNew(List<HiddenPost> hidden, List<ProposalUpdate> proposals, List<FollowedThread> replies,
                       List<ThreadRow> newThreads, List<MoreNews.Section> elsewhere) {

    public WhatsNew {
        hidden = List.copyOf(hidden);
        proposals = List.copyOf(proposals);
        replies = List.copyOf(replies);
        newThreads = List.copyOf(newThreads);
        elsewhere = elsewhere.stream().filter(s -> !s.items().isEmpty()).toList();
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    public int count() {
        return hidden.size() + proposals.size() + replies.size() + newThreads.size()
                + elsewhere.stream().mapToInt(s -> s.items().size()).sum();
    }

    /** A proposal the member made or supports moved on (or back), in a sentence; {@code forumSlug} to link it. */
    public record ProposalUpdate(long threadId, String message, LocalDateTime at, String forumSlug) {

        ProposalUpdate(long threadId, String message, LocalDateTime at) {
            this(threadId, message, at, null);
        }

        ProposalUpdate in(String slug) {
            return new ProposalUpdate(threadId, message, at, slug);
        }
    }

    /** One of the member's posts that is hidden, and why. */
    public record HiddenPost(long threadId, String forumSlug, String title, int position, String reason) {
    }

    /** A followed thread with replies the member has not read; {@code firstUnread} is the first such reply. */
    public record FollowedThread(long threadId, String forumSlug, String forumName, String title, int newReplies,
                                 int firstUnread, LocalDateTime lastActivityAt) {
    }
}
