package org.carecommunities.forum.web;

import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.proposals.ProposalStory;
import org.carecommunities.platform.Dates;

import java.time.LocalDateTime;

/** A proposal's story as a timeline anyone can read and link to. */
public record StoryPage(ProposalStory story) {

    static final String TEMPLATE = "forum/story.jte";

    public String thread() {
        return ForumLinks.thread(story.forumSlug(), story.threadId());
    }

    public String forum() {
        return ForumLinks.forum(story.forumSlug());
    }

    public String shown(LocalDateTime at) {
        return Dates.shown(at);
    }

    public String iso(LocalDateTime at) {
        return Dates.iso(at);
    }
}
