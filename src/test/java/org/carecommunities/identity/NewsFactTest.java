package org.carecommunities.identity;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsFactTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);

    @Test
    void aFactIsItsKindItsSubjectAndFiguresNeverAnyWordsOfThePortals() {
        NewsFact fact = NewsFact.of("partnership.progress", "6f1d2c3b", AT).withItem(42).withState("ON_TRACK")
                .withFigures(40, 100).withNote("  Met the new worker  ");
        assertEquals("partnership", fact.owner(), "the module that writes its words");
        assertEquals("6f1d2c3b", fact.about());
        assertEquals(42L, fact.item());
        assertEquals("ON_TRACK", fact.state());
        assertEquals(40, fact.figure());
        assertEquals(100, fact.of());
        assertEquals("Met the new worker", fact.note(), "a person's words, trimmed");
        assertNull(NewsFact.of("forum.proposal-reached", 7L, AT).withNote("   ").note(), "blank words are none");
        assertEquals("7", NewsFact.of("forum.proposal-reached", 7L, AT).about());
    }

    @Test
    void aPersonsWordsAreCutToWhatIsKept() {
        String note = NewsFact.of("partnership.agreement-moved", "a", AT).withNote("x".repeat(5000)).note();
        assertEquals(NewsFact.NOTE_MAX, note.length());
        assertTrue(note.endsWith("…"));
    }

    @Test
    void aFactNeedsAKindASubjectAndATime() {
        assertThrows(NullPointerException.class, () -> NewsFact.of(null, "a", AT));
        assertThrows(NullPointerException.class, () -> NewsFact.of("forum.x", "a", null));
    }
}
