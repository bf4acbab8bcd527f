package org.carecommunities.forum.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Set;

import static org.carecommunities.forum.domain.Proposal.Status.ACCEPTED;
import static org.carecommunities.forum.domain.Proposal.Status.OPEN;
import static org.carecommunities.forum.domain.Proposal.Status.THRESHOLD_REACHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A proposal's rules, which live with the thread that makes it. */
class ProposalTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);
    private static final long AUTHOR = 1;
    private static final long RESIDENT = 2;

    private static ForumThread proposal() {
        ForumThread thread = new ForumThread(new Forum(1, "kingsmead-general", "General", null, true, NOW),
                "Free swimming for carers", AUTHOR, null, NOW);
        thread.propose();
        return thread;
    }

    @Test
    void aResidentOfTheNeighbourhoodSupportsOnce() {
        assertNull(proposal().supportRefusal(RESIDENT, true, Set.of()));
        assertEquals("You already support this proposal.",
                proposal().supportRefusal(RESIDENT, true, Set.of(RESIDENT)));
    }

    @Test
    void onlyResidentsOfThatNeighbourhoodAndNotTheAuthor() {
        assertEquals("Only residents of this neighbourhood can support its proposals.",
                proposal().supportRefusal(RESIDENT, false, Set.of()));
        assertEquals("You cannot support your own proposal.", proposal().supportRefusal(AUTHOR, true, Set.of()));
    }

    @Test
    void decidedProposalsAndOrdinaryThreadsTakeNoSupport() {
        ForumThread accepted = proposal();
        accepted.answer(true, "Agreed");
        assertEquals("The partnership board has already decided on this proposal.",
                accepted.supportRefusal(RESIDENT, true, Set.of()));
        ForumThread ordinary = new ForumThread(new Forum(1, "kingsmead-general", "General", null, true, NOW),
                "Parking", AUTHOR, null, NOW);
        assertEquals("This thread is not a proposal.", ordinary.supportRefusal(RESIDENT, true, Set.of()));
    }

    @Test
    void reachingTheThresholdMovesAnOpenProposalOnAndFallingBelowBeforeTheBoardAnswersOpensItAgain() {
        ForumThread thread = proposal();
        thread.supportChanged(2, 3);
        assertEquals(OPEN, thread.proposalStatus());
        thread.supportChanged(3, 3);
        assertEquals(THRESHOLD_REACHED, thread.proposalStatus());
        thread.supportChanged(4, 3);
        assertEquals(THRESHOLD_REACHED, thread.proposalStatus());
        thread.supportChanged(2, 3);
        assertEquals(OPEN, thread.proposalStatus());
        thread.supportChanged(3, 3);
        thread.answer(true, "Agreed");
        thread.supportChanged(0, 3);
        assertEquals(ACCEPTED, thread.proposalStatus(), "once answered, support no longer moves it");
    }

    @Test
    void supportCannotBeWithdrawnOnceTheBoardHasAnsweredOrFromALockedThread() {
        assertNull(proposal().withdrawalRefusal());
        ForumThread reached = proposal();
        reached.supportChanged(5, 3);
        assertNull(reached.withdrawalRefusal());
        ForumThread accepted = proposal();
        accepted.answer(true, "Agreed");
        assertTrue(accepted.withdrawalRefusal().contains("answered"));
        ForumThread declined = proposal();
        declined.answer(false, "Not ours to do");
        assertTrue(declined.withdrawalRefusal().contains("answered"));
        ForumThread locked = proposal();
        locked.lock("Said all there is to say", NOW);
        assertTrue(locked.withdrawalRefusal().contains("locked"));
    }
}
