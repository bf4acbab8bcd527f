package org.carecommunities.forum;

/** A member is posting faster than the forums allow; what they wrote is kept for them to send again. */
public class PostingTooFastException extends ForumException {

    public PostingTooFastException() {
        super("You are posting very quickly. Wait a minute, then send it again.");
    }
}
