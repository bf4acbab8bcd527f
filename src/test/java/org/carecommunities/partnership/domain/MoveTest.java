package org.carecommunities.partnership.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.carecommunities.partnership.domain.AgreementStatus.ACTIVE;
import static org.carecommunities.partnership.domain.AgreementStatus.AWAITING_SIGNATURES;
import static org.carecommunities.partnership.domain.AgreementStatus.CONSULTATION;
import static org.carecommunities.partnership.domain.AgreementStatus.DRAFT;
import static org.carecommunities.partnership.domain.AgreementStatus.EXPIRED;
import static org.carecommunities.partnership.domain.AgreementStatus.TERMINATED;
import static org.carecommunities.partnership.domain.AgreementStatus.UNDER_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoveTest {

    /** The lifecycle the issue sets, written out move by move: where each may be taken, and where it leads. */
    private static final Map<Move, Set<AgreementStatus>> ALLOWED = Map.of(
            Move.CONSULT, EnumSet.of(DRAFT),
            Move.BACK_TO_DRAFT, EnumSet.of(CONSULTATION, AWAITING_SIGNATURES),
            Move.SEND_FOR_SIGNATURE, EnumSet.of(DRAFT, CONSULTATION),
            Move.REVIEW, EnumSet.of(ACTIVE),
            Move.VARY, EnumSet.of(UNDER_REVIEW),
            Move.RENEW, EnumSet.of(UNDER_REVIEW),
            Move.EXPIRE, EnumSet.of(ACTIVE, UNDER_REVIEW),
            Move.TERMINATE, EnumSet.of(DRAFT, CONSULTATION, AWAITING_SIGNATURES, ACTIVE, UNDER_REVIEW));

    private static final Map<Move, AgreementStatus> LEADS_TO = Map.of(Move.CONSULT, CONSULTATION,
            Move.BACK_TO_DRAFT, DRAFT, Move.SEND_FOR_SIGNATURE, AWAITING_SIGNATURES, Move.REVIEW, UNDER_REVIEW,
            Move.VARY, AWAITING_SIGNATURES, Move.RENEW, ACTIVE, Move.EXPIRE, EXPIRED, Move.TERMINATE, TERMINATED);

    @Test
    void everyMoveFromEveryStateIsAllowedOrRefusedAsTheLifecycleSays() {
        for (Move move : Move.values()) {
            assertEquals(LEADS_TO.get(move), move.to(), move.name());
            for (AgreementStatus status : AgreementStatus.values()) {
                assertEquals(ALLOWED.get(move).contains(status), move.allowedFrom(status), move + " from " + status);
            }
        }
    }

    @Test
    void nothingMovesAnEndedAgreementAndNothingMovesIntoActiveButRenewal() {
        for (AgreementStatus ended : EnumSet.of(EXPIRED, TERMINATED)) {
            assertTrue(ended.ended());
            assertEquals(java.util.List.of(), Move.from(ended));
        }
        assertEquals(java.util.List.of(Move.RENEW), java.util.Arrays.stream(Move.values())
                .filter(m -> m.to() == ACTIVE).toList(), "active follows the last signature, or a renewal");
    }

    @Test
    void aRefusalSaysWhatIsAllowed() {
        assertEquals("This agreement is a draft, so it cannot be moved to “Start a review”. It can: Open a "
                + "consultation; Send for signature; Terminate it.", Move.REVIEW.refusedFrom(DRAFT));
        assertTrue(Move.VARY.refusedFrom(TERMINATED).endsWith("it has ended, and nothing moves it again."));
        // in Welsh, the state and the steps in Welsh
        assertEquals("Mae'r cytundeb hwn yn ddrafft, felly ni ellir ei symud i “Dechrau adolygiad”. Gall: Agor "
                + "ymgynghoriad; Anfon i'w lofnodi; Ei derfynu.", org.carecommunities.platform.Text.in(
                org.carecommunities.platform.Text.language("cy"), () -> Move.REVIEW.refusedFrom(DRAFT)));
    }
}
