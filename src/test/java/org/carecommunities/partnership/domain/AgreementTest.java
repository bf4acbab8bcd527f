package org.carecommunities.partnership.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agreement entity keeps its own lifecycle, versions and signatures, without a database. */
class AgreementTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static Agreement.Draft draft(Map<String, String> fields) {
        AgreementText t = AgreementTextTest.section75();
        return new Agreement.Draft(t.title(), AgreementKind.SECTION_75, t.purpose(), t.scope(), true, null,
                t.parties(), t.clauses(), t.starts(), t.ends(), t.review(), fields, List.of());
    }

    private static Map<String, String> complete() {
        Map<String, String> f = new HashMap<>();
        for (String key : List.of("aims", "host", "fundManager", "functions", "riskShare", "monitoring",
                "variation", "contribution:kingsmead-council", "contribution:riverside-pcn",
                "provides:kingsmead-council", "provides:riverside-pcn")) {
            f.put(key, "Written down");
        }
        return f;
    }

    private static Agreement agreement() {
        return new Agreement(new Board(1, "Kingsmead"), draft(complete()), "Bea", NOW);
    }

    @Test
    void anIncompleteSection75IsNotSentForSignatureAndNothingChanges() {
        Agreement a = new Agreement(new Board(1, "Kingsmead"), draft(Map.of("aims", "Fewer admissions")), "Bea", NOW);
        AgreementRefused refused = assertThrows(AgreementRefused.class,
                () -> a.move(Move.SEND_FOR_SIGNATURE, null, "Bea", NOW));
        assertTrue(refused.problems().containsKey("contribution:riverside-pcn"), refused.problems().toString());
        assertEquals(AgreementStatus.DRAFT, a.status());
        assertEquals(List.of(), a.versions());
        assertEquals(1, a.auditTrail().size(), "only its creation");
    }

    @Test
    void everyPartySigningTheFrozenVersionMakesItActive() {
        Agreement a = agreement();
        a.move(Move.SEND_FOR_SIGNATURE, null, "Bea", NOW);
        AgreementVersion v1 = a.versions().get(0);
        assertEquals(a.text().digest(), v1.digest());
        assertThrows(AgreementRefused.class, () -> a.edit(draft(complete()), "Bea", NOW), "frozen for signature");
        AgreementRefused stranger = assertThrows(AgreementRefused.class,
                () -> a.sign(1, "riverside-pcn", "Dr Someone Else", 7, NOW));
        assertEquals("Dr Ola Bakare is named to sign for Riverside PCN, not Dr Someone Else.", stranger.getMessage());
        assertThrows(AgreementRefused.class, () -> a.sign(2, "riverside-pcn", "Dr Ola Bakare", 7, NOW),
                "no such version yet");
        assertThrows(AgreementRefused.class, () -> a.sign(1, "wendshire-fire", "Dana Reeve", 7, NOW),
                "not a party");
        Signature first = a.sign(1, "riverside-pcn", "dr ola bakare", 7, NOW);
        assertEquals(v1.digest(), first.digest());
        assertThrows(AgreementRefused.class, () -> a.sign(1, "riverside-pcn", "Dr Ola Bakare", 7, NOW),
                "signing twice");
        assertEquals(AgreementStatus.AWAITING_SIGNATURES, a.status());
        a.sign(1, "kingsmead-council", "Dana Reeve", 8, NOW);
        assertEquals(AgreementStatus.ACTIVE, a.status());
        assertTrue(a.verify().holds());
    }

    @Test
    void aVariationIsANewVersionThatNeedsFreshSignatures() {
        Agreement a = agreement();
        a.move(Move.SEND_FOR_SIGNATURE, null, "Bea", NOW);
        a.sign(1, "riverside-pcn", "Dr Ola Bakare", 7, NOW);
        a.sign(1, "kingsmead-council", "Dana Reeve", 8, NOW);
        AgreementRefused refused = assertThrows(AgreementRefused.class, () -> a.move(Move.VARY, null, "Bea", NOW));
        assertTrue(refused.getMessage().contains("It can: Start a review"), refused.getMessage());
        a.move(Move.REVIEW, null, "Bea", NOW);
        Map<String, String> varied = complete();
        varied.put("contribution:riverside-pcn", "£175,000 a year");
        a.edit(draft(varied), "Bea", NOW);
        a.move(Move.VARY, null, "Bea", NOW);
        assertEquals(AgreementStatus.AWAITING_SIGNATURES, a.status());
        assertEquals(2, a.versions().size());
        assertNotEquals(a.versions().get(0).digest(), a.versions().get(1).digest());
        assertEquals(List.of(), a.versions().get(1).signatures(), "signatures start again");
        assertThrows(AgreementRefused.class, () -> a.sign(1, "riverside-pcn", "Dr Ola Bakare", 7, NOW),
                "the superseded version");
        a.sign(2, "riverside-pcn", "Dr Ola Bakare", 7, NOW);
        a.sign(2, "kingsmead-council", "Dana Reeve", 8, NOW);
        assertEquals(AgreementStatus.ACTIVE, a.status());
    }

    @Test
    void terminatingNeedsAReasonAndEndsEverything() {
        Agreement a = agreement();
        AgreementRefused noReason = assertThrows(AgreementRefused.class,
                () -> a.move(Move.TERMINATE, " ", "Bea", NOW));
        assertTrue(noReason.problems().containsKey("reason"));
        a.move(Move.TERMINATE, "The service moved to the trust", "Bea", NOW);
        assertEquals(AgreementStatus.TERMINATED, a.status());
        assertEquals("The service moved to the trust", a.endReason());
        assertThrows(AgreementRefused.class, () -> a.move(Move.SEND_FOR_SIGNATURE, null, "Bea", NOW));
        List<AuditTrail.Entry> trail = a.auditTrail();
        assertEquals(List.of("created", "moved"), trail.stream().map(AuditTrail.Entry::action).toList());
        assertTrue(a.verify().holds());
    }
}
