package org.carecommunities.forum.threads;

/** A post its author may still change, with its text as they typed it and the services it cites. */
public record EditablePost(long threadId, int position, String body, java.util.List<String> cites) {
}
