package org.carecommunities.forum.moderation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForumModerationTest {

    @Test
    void forumNamesBecomeReadableAddresses() {
        assertEquals("dementia-carers", ForumModeration.slugOf("Dementia carers"));
        assertEquals("cafe-creme-bibliotheque", ForumModeration.slugOf("Café Crème & Bibliothèque!"));
        assertEquals("young-people-s-football", ForumModeration.slugOf("  Young people's football  "));
        assertEquals("forum", ForumModeration.slugOf("!!!"));
    }
}
