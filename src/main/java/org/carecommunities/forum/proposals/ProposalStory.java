package org.carecommunities.forum.proposals;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A proposal's story, start to now, for anyone to read and link to: raised, supported (how many, and when it
 * reached its threshold and went to the partnership board), the board's answer and its reason, then each step of
 * the commitment it became.
 */
public record ProposalStory(long threadId, String forumSlug, String forumName, String title, String status,
                            long supports, int threshold, List<Step> steps) {

    public ProposalStory {
        steps = List.copyOf(steps);
    }

    /** One step: when, what happened, and where to read more (null where the thread itself says it). */
    public record Step(LocalDateTime at, String what, String href) {
    }
}
