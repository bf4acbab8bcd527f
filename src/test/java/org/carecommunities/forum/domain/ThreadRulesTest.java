package org.carecommunities.forum.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
    private final Forum forum = new Forum(1, "kingsmead-general", "General", null, true, NOW);

    @Test
    void repliesAreNumberedAndMoveTheThreadUp() {
        ForumThread thread = new ForumThread(forum, " Walking group ", 7, null, NOW);
        assertEquals("Walking group", thread.title());
        assertEquals(0, thread.open("Who is in?").position());
        Post first = thread.reply(8, "riverside-food-pantry", "Me", NOW.plusHours(1));
        Post second = thread.reply(9, null, "Me too", NOW.plusHours(2));
        assertEquals(1, first.position());
        assertEquals(2, second.position());
        assertEquals(2, thread.replyCount());
        assertEquals(NOW.plusHours(2), thread.lastActivityAt());
        assertEquals("riverside-food-pantry", first.actingOrganisation());
    }

    @Test
    void titlesAndBodiesHaveLimits() {
        assertThrows(IllegalArgumentException.class, () -> new ForumThread(forum, " ", 7, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new ForumThread(forum, "x".repeat(151), 7, null, NOW));
        ForumThread thread = new ForumThread(forum, "Title", 7, null, NOW);
        assertThrows(IllegalArgumentException.class, () -> thread.open(""));
        assertThrows(IllegalArgumentException.class, () -> thread.reply(7, null, "x".repeat(10_001), NOW));
    }

    @Test
    void onlyTheAuthorEditsAndOnlyForThirtyMinutes() {
        Post post = new ForumThread(forum, "Title", 7, null, NOW).open("First words");
        assertFalse(post.canEdit(8, NOW.plusMinutes(1)), "someone else");
        assertThrows(IllegalStateException.class, () -> post.edit(8, "Changed", NOW.plusMinutes(1)));
        post.edit(7, "Better words", NOW.plusMinutes(29));
        assertEquals("Better words", post.body());
        assertEquals(NOW.plusMinutes(29), post.editedAt());
        assertFalse(post.canEdit(7, NOW.plusMinutes(30)));
        assertThrows(IllegalStateException.class, () -> post.edit(7, "Too late", NOW.plusMinutes(31)));
    }

    @Test
    void aPostUnderReviewStaysAsItIsUntilAModeratorDecides() {
        Post post = new ForumThread(forum, "Title", 7, null, NOW).open("Borderline words");
        post.hide(Post.HiddenBy.REPORTS, null, NOW.plusMinutes(1));
        assertEquals("Hidden after members reported it, until a moderator reviews it.", post.hiddenReason());
        assertEquals("Wedi'i guddio ar ôl i aelodau roi gwybod amdano, nes i gymedrolwr ei adolygu.",
                org.carecommunities.platform.Text.in(org.carecommunities.platform.Text.language("cy"),
                        post::hiddenReason), "a fact, said in the reader's language");
        assertFalse(post.canEdit(7, NOW.plusMinutes(2)), "not while under review");
        assertThrows(IllegalStateException.class, () -> post.edit(7, "Changed", NOW.plusMinutes(2)));
        assertThrows(IllegalStateException.class, () -> post.deleteBy(7, NOW.plusMinutes(2)));
        post.restore();
        assertTrue(post.canEdit(7, NOW.plusMinutes(3)), "once restored, the window still runs");
        post.hide(Post.HiddenBy.MODERATOR, " Spam ", NOW.plusMinutes(4));
        assertEquals("Hidden by a moderator: Spam", post.hiddenReason(), "the moderator's reason as they wrote it");
        post.hide(Post.HiddenBy.MODERATOR, "", NOW.plusMinutes(5));
        assertEquals("Hidden by a moderator", post.hiddenReason());
    }

    @Test
    void aDeletedPostKeepsItsPlaceButNotItsWords() {
        ForumThread thread = new ForumThread(forum, "Title", 7, null, NOW);
        Post reply = thread.reply(8, null, "Oops", NOW);
        assertThrows(IllegalStateException.class, () -> reply.deleteBy(7, NOW));
        reply.deleteBy(8, NOW.plusMinutes(5));
        assertTrue(reply.deleted());
        assertNull(reply.body());
        assertEquals(1, reply.position());
        assertFalse(reply.canEdit(8, NOW.plusMinutes(6)));
    }
}
