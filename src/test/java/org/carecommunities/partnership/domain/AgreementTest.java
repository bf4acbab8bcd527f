package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Refused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        Refused refused = assertThrows(Refused.class,
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
        assertThrows(Refused.class, () -> a.edit(draft(complete()), "Bea", NOW), "frozen for signature");
        Refused stranger = assertThrows(Refused.class,
                () -> a.sign(1, "riverside-pcn", "Dr Someone Else", 7, NOW));
        assertEquals("Dr Ola Bakare is named to sign for Riverside PCN, not Dr Someone Else.", stranger.getMessage());
        assertThrows(Refused.class, () -> a.sign(2, "riverside-pcn", "Dr Ola Bakare", 7, NOW),
                "no such version yet");
        assertThrows(Refused.class, () -> a.sign(1, "wendshire-fire", "Dana Reeve", 7, NOW),
                "not a party");
        Signature first = a.sign(1, "riverside-pcn", "dr ola bakare", 7, NOW);
        assertEquals(v1.digest(), first.digest());
        assertThrows(Refused.class, () -> a.sign(1, "riverside-pcn", "Dr Ola Bakare", 7, NOW),
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
        Refused refused = assertThrows(Refused.class, () -> a.move(Move.VARY, null, "Bea", NOW));
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
        assertThrows(Refused.class, () -> a.sign(1, "riverside-pcn", "Dr Ola Bakare", 7, NOW),
                "the superseded version");
        a.sign(2, "riverside-pcn", "Dr Ola Bakare", 7, NOW);
        a.sign(2, "kingsmead-council", "Dana Reeve", 8, NOW);
        assertEquals(AgreementStatus.ACTIVE, a.status());
    }

    @Test
    void terminatingNeedsAReasonAndEndsEverything() {
        Agreement a = agreement();
        Refused noReason = assertThrows(Refused.class,
                () -> a.move(Move.TERMINATE, " ", "Bea", NOW));
        assertTrue(noReason.problems().containsKey("reason"));
        a.move(Move.TERMINATE, "The service moved to the trust", "Bea", NOW);
        assertEquals(AgreementStatus.TERMINATED, a.status());
        assertEquals("The service moved to the trust", a.endReason());
        assertThrows(Refused.class, () -> a.move(Move.SEND_FOR_SIGNATURE, null, "Bea", NOW));
        List<AuditTrail.Entry> trail = a.auditTrail();
        assertEquals(List.of("created", "moved"), trail.stream().map(AuditTrail.Entry::action).toList());
        assertTrue(a.verify().holds());
    }

    private static Agreement active() {
        Agreement a = agreement();
        a.move(Move.SEND_FOR_SIGNATURE, null, "Bea", NOW);
        a.sign(1, "kingsmead-council", "Dana Reeve", 1, NOW);
        a.sign(1, "riverside-pcn", "Dr Ola Bakare", 2, NOW);
        return a;
    }

    /** A commitment given the id the database would. */
    private static Commitment commit(Agreement a, String what, Long parent, int weight) {
        Commitment c = a.commit(new Commitment.Spec(what, "riverside-pcn", "Dr Ola Bakare",
                LocalDate.of(2027, 3, 31), weight), parent, "Bea", NOW);
        try {
            var id = Commitment.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(c, (long) a.commitments().size());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    @Test
    void commitmentsNestAndAParentsProgressIsItsPartsWeighted() {
        Agreement a = active();
        Commitment parent = commit(a, "A reablement team", null, 1);
        Commitment heavy = commit(a, "Recruit the team", parent.id(), 3);
        Commitment light = commit(a, "A seven-day rota", parent.id(), 1);
        a.recordProgress(heavy.id(), CommitmentStatus.DONE, 100, "All in post", null, "Bea", NOW);
        a.recordProgress(light.id(), CommitmentStatus.AT_RISK, 20, "Saturdays only", null, "Bea", NOW);
        assertEquals(80, Progress.of(parent.node(a.commitments())), "(3×100 + 1×20) / 4");
        ProgressUpdate update = a.recordProgress(parent.id(), CommitmentStatus.ON_TRACK, 5, "On its way", null,
                "Bea", NOW);
        assertEquals(80, update.progress(), "a parent's figure is its parts', whatever is typed");
        Commitment third = commit(a, "A part of a part", light.id(), 1);
        Refused tooDeep = assertThrows(Refused.class, () -> a.commit(new Commitment.Spec("Deeper",
                "riverside-pcn", "Ola", LocalDate.of(2027, 1, 1), 1), third.id(), "Bea", NOW));
        assertTrue(tooDeep.problems().containsKey("parent"));
        Refused notParty = assertThrows(Refused.class, () -> a.commit(new Commitment.Spec("x",
                "northgate-surgery", "Ola", LocalDate.of(2027, 1, 1), 1), null, "Bea", NOW));
        assertTrue(notParty.problems().containsKey("organisation"));
    }

    @Test
    void badProgressIsRefusedWithNothingChanged() {
        Agreement a = active();
        Commitment c = commit(a, "Falls reviews", null, 1);
        int trail = a.auditTrail().size();
        Refused above = assertThrows(Refused.class,
                () -> a.recordProgress(c.id(), CommitmentStatus.ON_TRACK, 120, "Lots", null, "Bea", NOW));
        assertEquals("Progress is from 0 to 100%", above.problems().get("progress"));
        Refused done = assertThrows(Refused.class,
                () -> a.recordProgress(c.id(), CommitmentStatus.DONE, 60, "Done?", null, "Bea", NOW));
        assertEquals("A done commitment is at 100%", done.problems().get("progress"));
        Refused bad = assertThrows(Refused.class, () -> a.recordProgress(c.id(), null, 10, " ",
                "javascript:alert(1)", "Bea", NOW));
        assertEquals(java.util.Set.of("status", "note", "evidence"), bad.problems().keySet());
        assertEquals(CommitmentStatus.NOT_STARTED, c.status());
        assertEquals(List.of(), c.updates());
        assertEquals(trail, a.auditTrail().size(), "nothing recorded");
        a.recordProgress(c.id(), CommitmentStatus.ON_TRACK, 40, "142 of 350 reviewed",
                "https://example.org/report", "Bea", NOW);
        assertEquals(40, c.ownProgress());
        assertEquals(trail + 1, a.auditTrail().size(), "the update is in the audit trail");
        assertTrue(a.verify().holds());
    }

    @Test
    void progressWaitsUntilTheAgreementIsInForceAndStopsWhenItEnds() {
        Agreement a = agreement();
        Commitment c = commit(a, "Falls reviews", null, 1);
        Refused draft = assertThrows(Refused.class,
                () -> a.recordProgress(c.id(), CommitmentStatus.ON_TRACK, 10, "Early", null, "Bea", NOW));
        assertTrue(draft.getMessage().contains("in force"), draft.getMessage());
        a.move(Move.TERMINATE, "Funding withdrawn", "Bea", NOW);
        assertThrows(Refused.class, () -> commit(a, "After the end", null, 1));
    }

    @Test
    void milestonesAreAddedAndReachedOnceNotInTheFuture() {
        Agreement a = active();
        Commitment c = commit(a, "Recruit", null, 1);
        Milestone m = a.addMilestone(c.id(), "Posts advertised", LocalDate.of(2026, 12, 1), "Bea", NOW);
        try {
            var id = Milestone.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(m, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(m.missed(LocalDate.of(2026, 12, 2)));
        assertThrows(Refused.class, () -> a.reachMilestone(c.id(), 7, LocalDate.of(2027, 1, 1), "Bea", NOW),
                "not a day still to come");
        a.reachMilestone(c.id(), 7, LocalDate.of(2026, 11, 29), "Bea", NOW);
        assertTrue(!m.missed(LocalDate.of(2026, 12, 2)));
        assertThrows(Refused.class, () -> a.reachMilestone(c.id(), 7, LocalDate.of(2026, 11, 29), "Bea",
                NOW), "once");
        Refused untitled = assertThrows(Refused.class,
                () -> a.addMilestone(c.id(), " ", null, "Bea", NOW));
        assertEquals(java.util.Set.of("title", "due"), untitled.problems().keySet());
    }

    @Test
    void theBoardIsToldOnceWhenTheReviewDateComes() {
        Agreement a = active();
        assertTrue(!a.reviewArrived(LocalDate.of(2028, 2, 29)), "the day before");
        assertTrue(a.reviewArrived(LocalDate.of(2028, 3, 1)), "the day");
        assertTrue(!a.reviewArrived(LocalDate.of(2028, 3, 2)), "told once");
        a.move(Move.REVIEW, null, "Bea", NOW);
        assertEquals(AgreementStatus.UNDER_REVIEW, a.status(), "the board's move, not the date's");
    }

    @Test
    void aNetworkAgreementKeepsItsSchedulesInItsVersions() {
        AgreementText t = AgreementTextTest.section75();
        Agreement network = new Agreement(new Board(1, "Kingsmead"), new Agreement.Draft("PCN agreement",
                AgreementKind.NETWORK, "Work together", null, true, null, t.parties(), t.clauses(), t.starts(),
                t.ends(), t.review(), Map.of(), List.of()), "Bea", NOW);
        Refused noSchedules = assertThrows(Refused.class,
                () -> network.move(Move.SEND_FOR_SIGNATURE, null, "Bea", NOW));
        assertTrue(noSchedules.problems().containsKey("schedules"));
        network.edit(new Agreement.Draft("PCN agreement", AgreementKind.NETWORK, "Work together", null, true, null,
                t.parties(), t.clauses(), t.starts(), t.ends(), t.review(), Map.of(),
                List.of(new AgreementText.NamedSchedule("Schedule 1: Practices", "Riverside and Kingsmead"))), "Bea",
                NOW);
        network.move(Move.SEND_FOR_SIGNATURE, null, "Bea", NOW);
        AgreementText frozen = AgreementText.parse(network.versions().get(0).canonical());
        assertEquals(List.of(new AgreementText.NamedSchedule("Schedule 1: Practices", "Riverside and Kingsmead")),
                frozen.schedules());
        assertEquals(t.clauses(), frozen.clauses(), "the schedules are not clauses");
    }

    @Test
    void anEditRecordsTheTextsDigestAndAnyChangeOfVisibilityOrSignatory() {
        Agreement a = agreement();
        AgreementText t = AgreementTextTest.section75();
        String first = t.parties().get(0).organisation();
        a.edit(new Agreement.Draft(t.title(), AgreementKind.SECTION_75, t.purpose(), t.scope(), false, "A fund",
                t.parties(), t.clauses(), t.starts(), t.ends(), t.review(), complete(), List.of(),
                Map.of(first, 41L)), "Bea", NOW.plusSeconds(60));
        String detail = a.auditTrail().get(a.auditTrail().size() - 1).detail();
        assertTrue(detail.startsWith("Edited the text, digest " + a.text().digest()), detail);
        assertTrue(detail.contains("; now kept to the board"), detail);
        assertTrue(detail.contains("signs for " + t.parties().get(0).name() + ": " + t.parties().get(0).signatory()
                + " #41"), detail);
        assertEquals(Optional.of(41L), a.signatoryMember(first));

        a.edit(new Agreement.Draft(t.title(), AgreementKind.SECTION_75, t.purpose(), t.scope(), false, "A fund",
                t.parties(), t.clauses(), t.starts(), t.ends(), t.review(), complete(), List.of(),
                Map.of(first, 41L)), "Bea", NOW.plusSeconds(120));
        String again = a.auditTrail().get(a.auditTrail().size() - 1).detail();
        assertEquals("Edited the text, digest " + a.text().digest(), again, "nothing else changed, nothing else said");
        assertTrue(a.verify().holds());
    }

    @Test
    void aMemberChosenToSignSignsWhateverTheyAreCalledAndNobodyElseDoes() {
        Agreement a = agreement();
        AgreementText t = AgreementTextTest.section75();
        a.edit(new Agreement.Draft(t.title(), AgreementKind.SECTION_75, t.purpose(), t.scope(), true, null,
                t.parties(), t.clauses(), t.starts(), t.ends(), t.review(), complete(), List.of(),
                Map.of(t.parties().get(0).organisation(), 41L)), "Bea", NOW);
        a.move(Move.SEND_FOR_SIGNATURE, null, "Bea", NOW);
        String org = t.parties().get(0).organisation();
        String other = t.parties().get(1).organisation();
        assertThrows(Refused.class, () -> a.sign(1, org, t.parties().get(0).signatory(), 42, NOW, true),
                "their name is not enough");
        assertThrows(Refused.class, () -> a.sign(1, other, t.parties().get(1).signatory(), 43, NOW, true),
                "nobody is chosen for the other party yet");
        assertEquals("Somebody New", a.sign(1, org, "Somebody New", 41, NOW, true).signedBy());
    }
}
