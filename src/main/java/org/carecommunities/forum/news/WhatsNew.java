package org.carecommunities.forum.news;

import org.carecommunities.identity.News;

import org.carecommunities.forum.threads.ThreadRow;
import org.carecommunities.identity.MoreNews;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What is new for one member: their own posts hidden while moderators review them (so the author hears of it),
 * their news from every module ({@link News}: their proposals, agreements and commitments they follow...), replies
 * in threads they follow, threads started in forums they joined, and the to-dos other modules keep for them
 * ({@link MoreNews}).
 */
public record WhatsNew(List<HiddenPost> hidden, List<News.Item> news, List<FollowedThread> replies,
                       List<ThreadRow> newThreads, List<MoreNews.Section> elsewhere) {

    public WhatsNew {
        hidden = List.copyOf(hidden);
        news = List.copyOf(news);
        replies = List.copyOf(replies);
        newThreads = List.copyOf(newThreads);
        elsewhere = elsewhere.stream().filter(s -> !s.items().isEmpty()).toList();
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    public int count() {
        return hidden.size() + news.size() + replies.size() + newThreads.size()
                + elsewhere.stream().mapToInt(s -> s.items().size()).sum();
    }

    /** One of the member's posts that is hidden, and why. */
    public record HiddenPost(long threadId, String forumSlug, String title, int position, String reason) {
    }

    /** A followed thread with replies the member has not read; {@code firstUnread} is the first such reply. */
    public record FollowedThread(long threadId, String forumSlug, String forumName, String title, int newReplies,
                                 int firstUnread, LocalDateTime lastActivityAt) {
    }
}
