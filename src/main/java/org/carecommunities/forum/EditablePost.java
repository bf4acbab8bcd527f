package org.carecommunities.forum;

/** A post its author may still change, with its text as they typed it. */
public record EditablePost(long threadId, int position, String body) {
}
