package org.carecommunities.identity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * News that a module keeps for a member (a commitment they follow moved on, their board's review date came, their
 * group's review fell due), shown on the forum's "new for you" page beside the forum's own and marked read with
 * it. Each module implements this interface, owned here with the member it is about, so no dependency points
 * backwards (the asset map comes before the forums).
 */
public interface MoreNews {

    /** The heading its news stands under. */
    String heading();

    /** The member's unread news, newest first. */
    List<Item> unread(long memberId);

    /** How many of the member's news are unread, capped as {@link #unread} is; for the header's count. */
    default int unreadCount(long memberId) {
        return unread(memberId).size();
    }

    /** Marks all of the member's news read. */
    void markAllRead(long memberId);

    /** A piece of news: a sentence, where it links, and when it happened. */
    record Item(String message, String href, LocalDateTime at) {
    }

    /** One module's news, under its heading. */
    record Section(String heading, List<Item> items) {

        public Section {
            items = List.copyOf(items);
        }
    }
}
