package org.carecommunities.forum;

/** A forum as a neighbourhood's page lists it: what it is, how busy, and its latest conversation (or null). */
public record ForumCard(ForumSummary forum, ThreadRow latest) {
}
