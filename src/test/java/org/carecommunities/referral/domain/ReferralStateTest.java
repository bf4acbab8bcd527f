package org.carecommunities.referral.domain;

import org.carecommunities.referral.states.DeclineReason;
import org.carecommunities.referral.states.ReferralState;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A referral's steps: sent, accepted, contacted, attended; declined, stopped or timed out on the way. */
class ReferralStateTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    private static Referral sent() {
        return new Referral(Referral.newReference(), "service", "group", 1, 7, "network", "v1.x.y", NOW);
    }

    @Test
    void aReferralGoesFromSentToAttendedAndClosesThere() {
        Referral referral = sent();
        assertEquals(ReferralState.SENT, referral.state());
        assertTrue(referral.move(ReferralState.ACCEPTED, 9L, NOW.plusDays(1)));
        assertEquals(NOW.plusDays(1), referral.acceptedAt());
        assertTrue(referral.move(ReferralState.CONTACTED, 9L, NOW.plusDays(2)));
        assertNull(referral.closedAt(), "still open");
        assertTrue(referral.move(ReferralState.ATTENDED, 9L, NOW.plusDays(9)));
        assertTrue(referral.state().closed());
        assertEquals(NOW.plusDays(9), referral.closedAt());
        assertEquals(List.of(ReferralState.SENT, ReferralState.ACCEPTED, ReferralState.CONTACTED,
                ReferralState.ATTENDED), referral.steps().stream().map(Referral.Step::state).toList());
        for (ReferralState any : ReferralState.values()) {
            assertFalse(referral.move(any, 9L, NOW.plusDays(10)), "nothing after closing: " + any);
        }
        assertEquals(4, referral.steps().size());
    }

    @Test
    void aDeclineNeedsAReasonAndClosesIt() {
        Referral referral = sent();
        assertFalse(referral.decline(null, 9L, NOW), "no reason, no decline");
        assertEquals(ReferralState.SENT, referral.state());
        assertTrue(referral.decline(DeclineReason.FULL, 9L, NOW.plusDays(1)));
        assertEquals(DeclineReason.FULL, referral.declineReason());
        assertTrue(referral.state().closed());
        assertFalse(referral.move(ReferralState.ACCEPTED, 9L, NOW.plusDays(2)));
    }

    @Test
    void onlyTheStepsThatFollowAreTaken() {
        assertFalse(ReferralState.SENT.mayBecome(ReferralState.CONTACTED), "accepted before contact");
        assertFalse(ReferralState.SENT.mayBecome(ReferralState.ATTENDED));
        assertTrue(ReferralState.ACCEPTED.mayBecome(ReferralState.ATTENDED), "contact may go unrecorded");
        assertFalse(ReferralState.CONTACTED.mayBecome(ReferralState.ACCEPTED), "no step back");
        for (ReferralState open : List.of(ReferralState.SENT, ReferralState.ACCEPTED, ReferralState.CONTACTED)) {
            assertTrue(open.mayBecome(ReferralState.STOPPED) && open.mayBecome(ReferralState.TIMED_OUT)
                    && open.mayBecome(ReferralState.DECLINED), open + " may stop, time out or be declined");
        }
    }

    @Test
    void erasingLeavesTheFacts() {
        Referral referral = sent();
        referral.decline(DeclineReason.CANNOT_REACH, 9L, NOW);
        referral.erase(NOW.plusDays(90));
        assertNull(referral.sealed());
        assertTrue(referral.erased());
        assertEquals(DeclineReason.CANNOT_REACH, referral.declineReason());
        assertEquals("service", referral.serviceId());
    }
}
