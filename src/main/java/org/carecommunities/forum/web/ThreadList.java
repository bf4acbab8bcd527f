package org.carecommunities.forum.web;

import org.carecommunities.forum.ThreadRow;
import org.carecommunities.platform.Paged;

import java.util.List;

/** A page of threads with the links around it; also the search results. */
public record ThreadList(Paged<ThreadRow> threads, String previousUrl, String nextUrl) {

    public List<Item> items() {
        return threads.items().stream().map(Item::new).toList();
    }

    public String pageLabel() {
        return "Page " + threads.page() + " of " + threads.pages();
    }

    /** One thread in the list. */
    public record Item(ThreadRow row) {

        public String href() {
            return ForumRoutes.thread(row.forumSlug(), row.id());
        }

        public String lastActivity() {
            return Dates.shown(row.lastActivityAt());
        }

        public String lastActivityIso() {
            return Dates.iso(row.lastActivityAt());
        }

        public String replies() {
            return row.replies() == 1 ? "1 reply" : row.replies() + " replies";
        }
    }
}
