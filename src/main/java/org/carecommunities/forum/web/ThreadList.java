package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.threads.ThreadRow;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Paged;

import java.util.List;

/**
 * A page of threads with the links around it: a forum's, headed on its first page by the threads moderators
 * pinned, or threads across forums (search results, what's new), which say which forum each is in.
 */
public record ThreadList(Paged<ThreadRow> threads, List<ThreadRow> pinned, String previousUrl, String nextUrl,
                         boolean acrossForums) {

    public static ThreadList inForum(Paged<ThreadRow> threads, List<ThreadRow> pinned, String previousUrl,
                                     String nextUrl) {
        return new ThreadList(threads, pinned, previousUrl, nextUrl, false);
    }

    public static ThreadList acrossForums(Paged<ThreadRow> threads, String previousUrl, String nextUrl) {
        return new ThreadList(threads, List.of(), previousUrl, nextUrl, true);
    }

    public List<Item> items() {
        return java.util.stream.Stream.concat(threads.page() == 1 ? pinned.stream() : java.util.stream.Stream.empty(),
                threads.items().stream()).map(Item::new).toList();
    }

    public String pageLabel() {
        return Text.t("platform.pages.pageOf", "page", threads.page(), "pages", threads.pages());
    }

    /** One thread in the list. */
    public record Item(ThreadRow row) {

        public String href() {
            return ForumLinks.thread(row.forumSlug(), row.id());
        }

        public String lastActivity() {
            return Dates.shown(row.lastActivityAt());
        }

        public String lastActivityIso() {
            return Dates.iso(row.lastActivityAt());
        }

        /** "Pinned", "Locked", both or none (in the reader's language), for the tags beside the title. */
        public List<String> tags() {
            List<String> tags = new java.util.ArrayList<>();
            if (row.pinned()) {
                tags.add(Text.t("forum.thread.pinned"));
            }
            if (row.locked()) {
                tags.add(Text.t("forum.thread.locked"));
            }
            return tags;
        }

        public String replies() {
            return Text.t("forum.thread.replies", "count", row.replies());
        }
    }
}
