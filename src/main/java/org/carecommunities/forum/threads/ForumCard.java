package org.carecommunities.forum.threads;

import org.carecommunities.forum.ForumSummary;

/** A forum as a neighbourhood's page lists it: what it is, how busy, and its latest conversation (or null). */
public record ForumCard(ForumSummary forum, ThreadRow latest) {
}
