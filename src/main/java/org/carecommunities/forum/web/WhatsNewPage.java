package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.news.WhatsNew;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Paged;

import java.util.List;

/** A member's "what's new for you": replies in followed threads, then new threads in joined forums. */
public record WhatsNewPage(WhatsNew news) {

    public List<Reply> replies() {
        return news.replies().stream().map(Reply::new).toList();
    }

    public ThreadList newThreads() {
        return ThreadList.acrossForums(Paged.whole(news.newThreads()), null, null);
    }

    public String hiddenUrl(WhatsNew.HiddenPost post) {
        return ForumLinks.postInThread(post.forumSlug(), post.threadId(), post.position());
    }

    /** Whether there is anything to mark as read (hidden posts stay until a moderator decides). */
    public boolean anythingUnread() {
        return !news.news().isEmpty() || !news.replies().isEmpty() || !news.newThreads().isEmpty()
                || !news.elsewhere().isEmpty();
    }

    public String when(java.time.LocalDateTime at) {
        return Dates.shown(at);
    }

    public String whenIso(java.time.LocalDateTime at) {
        return Dates.iso(at);
    }

    public String markAllReadAction() {
        return ForumRoutes.WHATS_NEW;
    }

    /** A followed thread with unread replies, linking to the first of them. */
    public record Reply(WhatsNew.FollowedThread thread) {

        public String href() {
            return ForumLinks.postInThread(thread.forumSlug(), thread.threadId(), thread.firstUnread());
        }

        public String count() {
            return Text.t("forum.newReplies", "count", thread.newReplies());
        }

        public String when() {
            return Dates.shown(thread.lastActivityAt());
        }

        public String whenIso() {
            return Dates.iso(thread.lastActivityAt());
        }
    }
}
