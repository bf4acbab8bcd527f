package org.carecommunities.forum;

/** Something a member may not do in a forum, with the reason in their words. */
public class ForumException extends RuntimeException {

    public ForumException(String message) {
        super(message);
    }
}
