package org.carecommunities.forum;

/**
 * A thread with the forum it is in; {@code lockedReason} is what the moderator said when locking it (null
 * while it is open).
 */
public record ThreadDetails(long id, String title, ForumSummary forum, int replies, boolean pinned,
                            String lockedReason) {

    public boolean locked() {
        return lockedReason != null;
    }
}
