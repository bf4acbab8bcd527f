package org.carecommunities.forum.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostingRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
    private final Forum forum = new Forum(1, "kingsmead-general", "General", null, true, NOW);

    @Test
    void theTenthPostInAMinuteIsTheLast() {
        assertFalse(PostingRules.tooFast(0, 10));
        assertFalse(PostingRules.tooFast(9, 10));
        assertTrue(PostingRules.tooFast(10, 10));
        assertTrue(PostingRules.tooFast(25, 10));
        assertTrue(PostingRules.tooFast(1, 1));
    }

    @Test
    void aMemberSendsAtMostTheDaysReportsAndZeroMeansNoLimit() {
        assertFalse(PostingRules.tooManyReports(19, 20));
        assertTrue(PostingRules.tooManyReports(20, 20));
        assertFalse(PostingRules.tooManyReports(1_000, 0));
    }

    @Test
    void enoughOpenReportsHideAPost() {
        assertFalse(PostingRules.hiddenByReports(299, 300));
        assertTrue(PostingRules.hiddenByReports(300, 300));
        assertTrue(PostingRules.hiddenByReports(400, 300));
        assertFalse(PostingRules.hiddenByReports(100, 0), "0 turns automatic hiding off");
    }

    @Test
    void aLockedThreadRefusesWithTheModeratorsReason() {
        ForumThread thread = new ForumThread(forum, "Parking", 7, null, NOW);
        assertNull(PostingRules.refusal(thread, null, "Kingsmead", NOW));
        thread.lock("  Going round in circles ", NOW);
        String refusal = PostingRules.refusal(thread, null, "Kingsmead", NOW);
        assertTrue(refusal.contains("locked") && refusal.endsWith("Going round in circles"), refusal);
        assertThrows(IllegalStateException.class, () -> thread.reply(8, null, "Anyway", NOW));
        thread.unlock();
        assertNull(PostingRules.refusal(thread, null, "Kingsmead", NOW));
        assertEquals(1, thread.reply(8, null, "Thanks", NOW).position());
        assertThrows(IllegalArgumentException.class, () -> thread.lock(" ", NOW), "a lock needs a reason");
    }

    @Test
    void aSuspensionRefusesUntilItEndsOrIsLiftedAndSaysWhenAndWhy() {
        Suspension suspension = new Suspension(7, 1, Duration.ofDays(7), "Personal attacks", 9, NOW);
        String refusal = PostingRules.refusal(suspension, "Kingsmead", NOW.plusDays(1));
        assertEquals("A moderator has suspended you from posting in the Kingsmead forums until 29 November 2026 at "
                + "09:00. The reason given: Personal attacks", refusal);
        assertNull(PostingRules.refusal(suspension, "Kingsmead", NOW.plusDays(7)), "over at its end");
        assertNull(PostingRules.refusal(suspension, "Kingsmead", NOW.minusSeconds(1)), "not before it starts");
        ForumThread locked = new ForumThread(forum, "Parking", 7, null, NOW);
        locked.lock("Closed", NOW);
        assertEquals(refusal, PostingRules.refusal(locked, suspension, "Kingsmead", NOW.plusDays(1)),
                "the suspension is what the member needs to hear first");
        suspension.lift(NOW.plusHours(2));
        assertNull(PostingRules.refusal(suspension, "Kingsmead", NOW.plusHours(3)));
    }

    @Test
    void aSuspensionHasAReasonAFairLengthAndIsNeverSelfImposed() {
        assertThrows(IllegalArgumentException.class, () -> new Suspension(7, 1, Duration.ofDays(7), " ", 9, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Suspension(7, 1, Duration.ZERO, "Spam", 9, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Suspension(7, 1, Duration.ofDays(366), "Spam", 9,
                NOW));
        assertThrows(IllegalArgumentException.class, () -> new Suspension(9, 1, Duration.ofDays(1), "Me", 9, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Suspension(7, 1, Duration.ofDays(1), "x".repeat(501),
                9, NOW));
    }

    @Test
    void pinningKeepsTheFirstPinTime() {
        ForumThread thread = new ForumThread(forum, "Read me first", 7, null, NOW);
        assertFalse(thread.pinned());
        thread.pin(NOW);
        thread.pin(NOW.plusDays(1));
        assertTrue(thread.pinned());
        thread.unpin();
        assertFalse(thread.pinned());
    }

    @Test
    void readingAnEarlierPageAgainDoesNotUnreadLaterReplies() {
        ThreadReader reader = new ThreadReader(7, 3);
        assertEquals(-1, reader.readPosition());
        reader.readTo(24);
        reader.readTo(5);
        assertEquals(24, reader.readPosition());
        assertFalse(reader.following());
        reader.follow(NOW);
        assertTrue(reader.following());
        reader.unfollow();
        assertFalse(reader.following());
    }
}
