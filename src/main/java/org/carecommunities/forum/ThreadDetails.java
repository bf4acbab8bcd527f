package org.carecommunities.forum;

/**
 * A thread with the forum it is in; {@code lockedReason} is what the moderator said when locking it (null
 * while it is open); {@code writtenIn} the language its opening post (and so its title) was written in, a tag
 * (null: not known).
 */
public record ThreadDetails(long id, String title, ForumSummary forum, int replies, boolean pinned,
                            String lockedReason, String writtenIn) {

    public boolean locked() {
        return lockedReason != null;
    }
}
