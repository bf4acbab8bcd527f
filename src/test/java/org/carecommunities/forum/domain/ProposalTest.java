package org.carecommunities.forum.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.carecommunities.forum.domain.Proposal.Status.ACCEPTED;
import static org.carecommunities.forum.domain.Proposal.Status.OPEN;
import static org.carecommunities.forum.domain.Proposal.Status.THRESHOLD_REACHED;
import static org.carecommunities.forum.domain.Proposal.Status.UNDER_CONSIDERATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProposalTest {

    @Test
    void aResidentOfTheNeighbourhoodSupportsOnce() {
        assertNull(Proposal.refusal(OPEN, 1, 2, true, Set.of()));
        assertEquals("You already support this proposal.", Proposal.refusal(OPEN, 1, 2, true, Set.of(2L)));
    }

    @Test
    void onlyResidentsOfThatNeighbourhoodAndNotTheAuthor() {
        assertEquals("Only residents of this neighbourhood can support its proposals.",
                Proposal.refusal(OPEN, 1, 2, false, Set.of()));
        assertEquals("You cannot support your own proposal.", Proposal.refusal(OPEN, 1, 1, true, Set.of()));
    }

    @Test
    void decidedProposalsAndOrdinaryThreadsTakeNoSupport() {
        assertEquals("The partnership board has already decided on this proposal.",
                Proposal.refusal(ACCEPTED, 1, 2, true, Set.of()));
        assertEquals("This thread is not a proposal.", Proposal.refusal(null, 1, 2, true, Set.of()));
    }

    @Test
    void reachingTheThresholdMovesAnOpenProposalOnAndFallingBelowBeforeTheBoardTakesItUpOpensItAgain() {
        assertEquals(OPEN, Proposal.afterSupport(OPEN, 2, 3));
        assertEquals(THRESHOLD_REACHED, Proposal.afterSupport(OPEN, 3, 3));
        assertEquals(THRESHOLD_REACHED, Proposal.afterSupport(THRESHOLD_REACHED, 4, 3));
        assertEquals(OPEN, Proposal.afterSupport(THRESHOLD_REACHED, 2, 3));
        assertEquals(UNDER_CONSIDERATION, Proposal.afterSupport(UNDER_CONSIDERATION, 10, 3));
        assertEquals(UNDER_CONSIDERATION, Proposal.afterSupport(UNDER_CONSIDERATION, 0, 3));
    }

    @Test
    void supportCannotBeWithdrawnOnceTheBoardHasAnsweredOrFromALockedThread() {
        assertEquals(null, Proposal.withdrawalRefusal(OPEN, false));
        assertEquals(null, Proposal.withdrawalRefusal(THRESHOLD_REACHED, false));
        assertTrue(Proposal.withdrawalRefusal(ACCEPTED, false).contains("answered"));
        assertTrue(Proposal.withdrawalRefusal(Proposal.Status.DECLINED, false).contains("answered"));
        assertTrue(Proposal.withdrawalRefusal(OPEN, true).contains("locked"));
    }
}
