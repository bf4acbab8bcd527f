package org.carecommunities.partnership.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditTrailTest {

    private static List<AuditTrail.Entry> chain(int n) {
        List<AuditTrail.Entry> entries = new ArrayList<>();
        AuditTrail.Entry last = null;
        for (int i = 1; i <= n; i++) {
            last = AuditTrail.next(last, Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i), "Dana Reeve",
                    i == 1 ? "created" : "edited", "clause " + i);
            entries.add(last);
        }
        return entries;
    }

    @Test
    void aChainAsWrittenHolds() {
        List<AuditTrail.Entry> entries = chain(5);
        assertEquals(AuditTrail.GENESIS, entries.get(0).previous());
        assertTrue(AuditTrail.verify(entries).holds());
        assertTrue(AuditTrail.verify(entries, entries.get(4).hash()).holds());
        assertTrue(AuditTrail.verify(List.of(), AuditTrail.GENESIS).holds(), "an empty log holds");
    }

    @Test
    void aChainWhoseTimesMovedIsSealedAgainAndOneThatHoldsStaysAsItWas() {
        List<AuditTrail.Entry> entries = chain(4);
        assertEquals(entries, AuditTrail.sealed(entries, detail -> detail), "a chain that holds is unchanged");
        List<AuditTrail.Entry> moved = entries.stream().map(e -> new AuditTrail.Entry(e.sequence(),
                e.at().plus(java.time.Duration.ofDays(70)), e.actor(), e.action(), e.detail().replace("clause 2",
                "clause two"), e.previous(), e.hash())).toList();
        assertFalse(AuditTrail.verify(moved).holds(), "moved, the old hashes no longer hold");
        List<AuditTrail.Entry> sealed = AuditTrail.sealed(moved, detail -> detail.replace("clause 3", "clause three"));
        assertTrue(AuditTrail.verify(sealed, sealed.get(3).hash()).holds());
        assertEquals(List.of("clause 1", "clause two", "clause three", "clause 4"),
                sealed.stream().map(AuditTrail.Entry::detail).toList());
        assertEquals(moved.get(2).at(), sealed.get(2).at());
    }

    @Test
    void anEditedEntryIsFoundByItsOwnHash() {
        List<AuditTrail.Entry> entries = chain(5);
        AuditTrail.Entry e = entries.get(2);
        entries.set(2, new AuditTrail.Entry(e.sequence(), e.at(), e.actor(), e.action(), "clause 3, quietly changed",
                e.previous(), e.hash()));
        AuditTrail.Verification v = AuditTrail.verify(entries);
        assertFalse(v.holds());
        assertEquals(3L, v.brokenAt());
        assertTrue(v.reason().contains("changed"), v.reason());
    }

    @Test
    void anEditedEntryWithItsHashRecomputedBreaksTheNextLink() {
        List<AuditTrail.Entry> entries = chain(5);
        AuditTrail.Entry e = entries.get(1);
        String forged = AuditTrail.hash(e.sequence(), e.at(), "Someone else", e.action(), e.detail(), e.previous());
        entries.set(1, new AuditTrail.Entry(e.sequence(), e.at(), "Someone else", e.action(), e.detail(),
                e.previous(), forged));
        AuditTrail.Verification v = AuditTrail.verify(entries);
        assertEquals(3L, v.brokenAt(), "entry 3 no longer follows it");
    }

    @Test
    void aDeletedEntryIsFound() {
        List<AuditTrail.Entry> entries = chain(5);
        entries.remove(1);
        AuditTrail.Verification v = AuditTrail.verify(entries);
        assertEquals(3L, v.brokenAt());
        assertTrue(v.reason().contains("entry 2 is missing"), v.reason());
    }

    @Test
    void reorderedEntriesAreFound() {
        List<AuditTrail.Entry> entries = chain(5);
        AuditTrail.Entry third = entries.remove(2);
        entries.add(3, third);
        AuditTrail.Verification v = AuditTrail.verify(entries);
        assertFalse(v.holds());
        assertEquals(4L, v.brokenAt());
    }

    @Test
    void entriesCutFromTheEndAreFoundAgainstTheHead() {
        List<AuditTrail.Entry> entries = chain(5);
        String head = entries.get(4).hash();
        List<AuditTrail.Entry> cut = entries.subList(0, 3);
        assertTrue(AuditTrail.verify(cut).holds(), "the chain alone cannot tell");
        AuditTrail.Verification v = AuditTrail.verify(cut, head);
        assertEquals(4L, v.brokenAt());
        assertTrue(v.reason().contains("after entry 3 are missing"), v.reason());
    }
}
