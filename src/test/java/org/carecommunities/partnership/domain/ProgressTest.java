package org.carecommunities.partnership.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void aParentsProgressIsTheWeightedSumOfItsChildren() {
        Progress.Node parent = new Progress.Node(1, 0, List.of(Progress.Node.leaf(3, 100), Progress.Node.leaf(1, 20)));
        assertEquals(80, Progress.of(parent), "(3 × 100 + 1 × 20) / 4");
        Progress.Node grand = new Progress.Node(1, 0, List.of(new Progress.Node(1, 0, List.of(
                Progress.Node.leaf(1, 50), Progress.Node.leaf(1, 0))), Progress.Node.leaf(1, 100)));
        assertEquals(63, Progress.of(grand), "(25 + 100) / 2, rounded; a parent's own figure is not counted");
        assertEquals(40, Progress.of(Progress.Node.leaf(1, 40)));
    }

    @Test
    void progressIsAPercentageAndWeightsArePositive() {
        assertThrows(IllegalArgumentException.class, () -> Progress.Node.leaf(1, 101));
        assertThrows(IllegalArgumentException.class, () -> Progress.Node.leaf(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Progress.Node.leaf(0, 10));
    }

    @Test
    void statusesAllowTheirProgress() {
        assertNull(CommitmentStatus.ON_TRACK.problemWith(55));
        assertEquals("A done commitment is at 100%", CommitmentStatus.DONE.problemWith(90));
        assertEquals("A commitment not started is at 0%", CommitmentStatus.NOT_STARTED.problemWith(5));
        assertEquals("Progress is from 0 to 100%", CommitmentStatus.AT_RISK.problemWith(120));
    }

    @Test
    void overdueIsDueBeforeTodayAndNotDone() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertTrue(Progress.overdue(today.minusDays(1), CommitmentStatus.ON_TRACK, today));
        assertFalse(Progress.overdue(today, CommitmentStatus.ON_TRACK, today), "due today is not yet overdue");
        assertFalse(Progress.overdue(today.minusDays(1), CommitmentStatus.DONE, today));
        assertFalse(Progress.overdue(null, CommitmentStatus.OFF_TRACK, today), "no due date");
    }
}
