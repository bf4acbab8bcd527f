package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Refused;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A residents' proposal on the board's list: answered once, with a reason; support moves it on and off. */
class BoardProposalTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 30, 10, 0);

    private static BoardProposal proposal() {
        return new BoardProposal(new Board(1, "Kingsmead"), 42, "A safe crossing", "/forums/k/threads/42", 5, AT);
    }

    @Test
    void theBoardAnswersOnceAndAlwaysSaysWhy() {
        BoardProposal p = proposal();
        Refused silent = assertThrows(Refused.class, () -> p.decline(" ", "Bea", AT));
        assertTrue(silent.problems().containsKey("reason"));
        assertTrue(p.toConsider(), "nothing changed");
        p.decline("It is a bus route", "Bea", AT);
        assertEquals(BoardProposal.Status.DECLINED, p.status());
        assertEquals("It is a bus route", p.reason());
        Refused twice = assertThrows(Refused.class, () -> p.decline("Again", "Bea", AT));
        assertEquals("The board has already answered this proposal: Declined.", twice.getMessage());
    }

    @Test
    void fallingBelowItsThresholdTakesItOffTheListUntilItReachesItAgain() {
        BoardProposal p = proposal();
        p.fellBelow(4);
        assertEquals(BoardProposal.Status.WITHDRAWN, p.status());
        p.reached(5, AT.plusDays(2));
        assertTrue(p.toConsider());
        assertEquals(AT.plusDays(2), p.reachedAt());
        p.decline("No", "Bea", AT);
        p.fellBelow(3);
        assertEquals(BoardProposal.Status.DECLINED, p.status(), "an answer stands whatever its support does");
    }
}
