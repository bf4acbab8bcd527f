package org.carecommunities.partnership;

import org.carecommunities.identity.News;

import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.agreements.AgreementDraft;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.boards.BoardDetails;
import org.carecommunities.partnership.boards.Boards;
import org.carecommunities.partnership.commitments.CommitmentDraft;
import org.carecommunities.partnership.commitments.Commitments;
import org.carecommunities.partnership.agreements.ComparedPart;
import org.carecommunities.partnership.commitments.ProgressDraft;
import org.carecommunities.partnership.boards.SeatDraft;
import org.carecommunities.testing.DemoDates;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.platform.Refusal;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agreements against the real database: drafted, frozen, signed, refused, and their audit trail checked. */
@ExtendWith(ArquillianExtension.class)
class AgreementsIT {

    private static final String COUNCIL = "wendshire-council";
    private static final String PCN = "kingsmead-riverside-pcn";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withPersistence(AgreementsIT.class);
    }

    @Inject
    Agreements agreements;

    @Inject
    News news;

    @Inject
    Commitments commitments;

    @Inject
    Boards boards;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private static MemberDetails member(String name, Set<Role> roles, Set<String> organisations) {
        return new MemberDetails(Math.abs(name.hashCode()), UUID.randomUUID().toString(), name, 1L, organisations,
                null, LocalDateTime.now(), 1, null, roles);
    }

    private static final MemberDetails BEA = member("Bea Osei", Set.of(Role.BOARD_MEMBER), Set.of(COUNCIL));
    private static final MemberDetails PRIYA = member("Dr Priya Shah", Set.of(Role.BOARD_MEMBER), Set.of(PCN));
    private static final MemberDetails ROSA = member("Rosa", Set.of(Role.RESIDENT), Set.of());

    /** Bea and Priya sit on the Kingsmead board for their organisations (as an admin would appoint them). */
    @org.junit.jupiter.api.BeforeEach
    void seated() {
        seat(BEA, COUNCIL, "Wendshire Council");
        seat(PRIYA, PCN, "Kingsmead and Riverside Primary Care Network");
    }

    private void seat(MemberDetails member, String organisation, String name) {
        Sql.execute(database, "INSERT INTO partnership_board_member (board_id, member_id, member_name, "
                + "organisation_slug, organisation_name, board_role, joined_on) SELECT b.id, " + member.id() + ", '"
                + member.displayName() + "', '" + organisation + "', '" + name + "', 'MEMBER', CAST('2026-01-01' AS DATE)"
                + " FROM partnership_board b JOIN neighbourhood n ON n.id = b.neighbourhood_id WHERE n.slug = "
                + "'kingsmead' AND NOT EXISTS (SELECT 1 FROM partnership_board_member m WHERE m.member_id = "
                + member.id() + " AND m.organisation_slug = '" + organisation + "')");
    }

    /** The member chosen to sign for a party, as the form sends it. */
    private static String signs(MemberDetails member) {
        return String.valueOf(member.id());
    }

    private static Map<String, String> section75Fields() {
        Map<String, String> f = new HashMap<>();
        for (String key : List.of("aims", "host", "fundManager", "functions", "riskShare", "monitoring",
                "variation")) {
            f.put(key, "As agreed by the board");
        }
        for (String org : List.of(COUNCIL, PCN)) {
            f.put("contribution:" + org, "£100,000 a year");
            f.put("provides:" + org, "Staff and premises");
        }
        return f;
    }

    private static AgreementDraft draft(String title, boolean visibleToAll, Map<String, String> fields) {
        return new AgreementDraft(title, "SECTION_75", "Joined-up care for frail older people in Kingsmead",
                "Adults over 65", visibleToAll, visibleToAll ? null : "A pooled fund for frailty services",
                List.of(new AgreementDraft.Party(COUNCIL, signs(BEA)), new AgreementDraft.Party(PCN, signs(PRIYA))),
                List.of(new AgreementDraft.Clause("1. Aims", "Fewer emergency admissions."),
                        new AgreementDraft.Clause("2. Contributions", "As in the fields.")),
                DemoDates.today().plusDays(120), DemoDates.today().plusDays(1200), DemoDates.today().plusDays(450), fields);
    }

    @Test
    void aSection75IsDraftedFrozenSignedByEachPartyAndActive() {
        String title = "Frailty pooled fund " + UUID.randomUUID().toString().substring(0, 6);
        assertInstanceOf(Refusal.NotPermitted.class, agreements.create("kingsmead", draft(title, true, Map.of()), ROSA)
                .refusal());
        String id = agreements.create("kingsmead", draft(title, true, Map.of("aims", "Fewer admissions")), BEA)
                .orRefuse();
        var incomplete = agreements.move(id, "SEND_FOR_SIGNATURE", null, BEA).refusal();
        assertTrue(incomplete instanceof Refusal.Invalid i && i.errors().has("contribution:" + PCN),
                String.valueOf(incomplete));
        assertEquals("Draft", agreements.agreement(id, null).orElseThrow().status().label(), "nothing changed");

        agreements.edit(id, draft(title, true, section75Fields()), BEA).orRefuse();
        agreements.move(id, "SEND_FOR_SIGNATURE", null, BEA).orRefuse();
        AgreementDetails frozen = agreements.agreement(id, null).orElseThrow();
        assertEquals(1, frozen.version());
        assertTrue(frozen.digest().matches("[0-9a-f]{64}"));
        assertInstanceOf(Refusal.Conflict.class, agreements.edit(id, draft(title, true, section75Fields()), BEA)
                .refusal(), "a frozen version is not edited");

        assertInstanceOf(Refusal.NotPermitted.class, agreements.sign(id, 1, PCN, BEA).refusal(),
                "Bea does not act for the PCN");
        MemberDetails admin = member("Ada", Set.of(Role.ADMIN), Set.of());
        assertInstanceOf(Refusal.NotPermitted.class, agreements.sign(id, 1, COUNCIL, admin).refusal(),
                "an admin does not sign for someone else");
        MemberDetails impostor = member("Imp " + title, Set.of(Role.BOARD_MEMBER), Set.of(PCN));
        seat(impostor, PCN, "Kingsmead and Riverside Primary Care Network");
        MemberDetails renamed = new MemberDetails(impostor.id(), impostor.subject(), "Dr Priya Shah", 1L, Set.of(PCN),
                null, LocalDateTime.now(), 1, null, Set.of(Role.BOARD_MEMBER));
        var notThem = agreements.sign(id, 1, PCN, renamed).refusal();
        assertTrue(notThem instanceof Refusal.Conflict c && c.message().contains("is named to sign"),
                "taking the signatory's name is not being the signatory: " + notThem);
        assertTrue(agreements.agreement(id, renamed).orElseThrow().reader().signFor().isEmpty(),
                "nor is it offered to them");
        MemberDetails priyaRenamed = new MemberDetails(PRIYA.id(), PRIYA.subject(), "Priya S.", 1L, Set.of(PCN), null,
                LocalDateTime.now(), 1, null, Set.of(Role.BOARD_MEMBER));
        assertEquals(List.of(PCN), agreements.agreement(id, priyaRenamed).orElseThrow().reader().signFor(),
                "the chosen member signs under any name");
        assertEquals(frozen.digest(), agreements.sign(id, 1, PCN, priyaRenamed).orRefuse());
        var signedBy = agreements.agreement(id, null).orElseThrow().parties().stream()
                .filter(p -> p.organisation().equals(PCN)).findFirst().orElseThrow();
        assertEquals("Dr Priya Shah", signedBy.signatory(), "the text names who was chosen");
        assertEquals("Priya S.", signedBy.signedBy(), "and the page shows who signed");
        assertInstanceOf(Refusal.Conflict.class, agreements.sign(id, 1, PCN, PRIYA).refusal(), "twice");
        var notSitting = agreements.create("kingsmead", new AgreementDraft("Unsigned " + title, "MOU", "x", null,
                true, null, List.of(new AgreementDraft.Party(COUNCIL, signs(PRIYA)), new AgreementDraft.Party(PCN,
                "Dr Priya Shah")), List.of(), null, null, null, Map.of()), BEA).refusal();
        assertTrue(notSitting instanceof Refusal.Invalid i && i.errors().of("parties").contains("Choose who signs "
                + "for"), "a signatory sits for the party, chosen by member: " + notSitting);
        agreements.sign(id, 1, COUNCIL, BEA).orRefuse();
        AgreementDetails active = agreements.agreement(id, ROSA).orElseThrow();
        assertEquals("Active", active.status().label());
        assertTrue(active.parties().stream().allMatch(p -> p.signedAt() != null));

        var illegal = agreements.move(id, "SEND_FOR_SIGNATURE", null, BEA).refusal();
        assertTrue(illegal instanceof Refusal.Conflict c && c.message().contains("It can: Start a review"),
                String.valueOf(illegal));
        assertTrue(agreements.verify(id, BEA).orRefuse().holds());
    }

    @Test
    void theDemoAgreementsHoldTheirDigestsAndAuditTrails() {
        MemberDetails admin = member("Ada", Set.of(Role.ADMIN), Set.of());
        List<String> ids = Sql.values(database, "SELECT uuid FROM partnership_agreement WHERE uuid LIKE "
                + "'6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b0%'");
        assertEquals(9, ids.size(), "nine demo agreements over the three boards");
        assertEquals("0", Sql.value(database, "SELECT COUNT(*) FROM partnership_party p JOIN partnership_agreement a "
                + "ON a.id = p.agreement_id WHERE a.uuid LIKE '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b0%' AND "
                + "p.signatory_member_id IS NULL"), "each demo party's signatory is bound to the member sitting for it");
        for (String id : ids) {
            assertTrue(agreements.verify(id, admin).orRefuse().holds(), id);
        }
        for (String version : Sql.values(database, "SELECT canonical FROM partnership_version")) {
            String digest = Sql.value(database, "SELECT digest FROM partnership_version WHERE canonical = '"
                    + version.replace("'", "''") + "'");
            assertEquals(sha256(version), digest, "each version's digest is its canonical text's");
        }
        AgreementDetails fund = agreements.agreement("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01", null).orElseThrow();
        assertEquals("Active", fund.status().label());
        assertEquals(Sql.value(database, "SELECT digest FROM partnership_version v JOIN partnership_agreement a ON "
                + "a.id = v.agreement_id WHERE a.uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01'"), fund.digest());
        AgreementDetails sharing = agreements.agreement("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b02", null).orElseThrow();
        assertTrue(sharing.summaryOnly() && sharing.clauses().isEmpty(), "board only: its summary to the public");
        assertEquals(List.of("Riverside Medical Practice", "Wendshire Council"),
                sharing.jointControllers().controllers(), "and the Article 26 essence, from its own fields");
        assertTrue(sharing.jointControllers().rights().contains("dataprotection@wendshire-council.example"));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBoardOnlyAgreementIsOnlyItsSummaryOutsideTheBoard() {
        String id = agreements.create("kingsmead", draft("Data sharing " + UUID.randomUUID(), false,
                Map.of()), PRIYA).orRefuse();
        MemberDetails elsewhere = member("Nia", Set.of(Role.BOARD_MEMBER), Set.of("northgate-surgery"));
        for (MemberDetails outsider : java.util.Arrays.asList(ROSA, null, elsewhere)) {
            AgreementDetails seen = agreements.agreement(id, outsider).orElseThrow();
            assertTrue(seen.summaryOnly() && seen.clauses().isEmpty() && seen.purpose() == null
                    && seen.digest() == null, "the summary alone, for " + outsider);
            assertEquals("A pooled fund for frailty services", seen.publicSummary());
        }
        assertTrue(!agreements.agreement(id, BEA).orElseThrow().summaryOnly(), "in full for the board");
        assertInstanceOf(Refusal.NotFound.class, agreements.move(id, "CONSULT", null, ROSA).refusal());
        assertInstanceOf(Refusal.NotFound.class, agreements.verify(id, elsewhere).refusal());
        assertNotNull(agreements.agreement(id, BEA).orElseThrow().purpose());
        var noSummary = agreements.create("kingsmead", new AgreementDraft("Secret", "MOU", "x", null, false, " ",
                List.of(), List.of(), null, null, null, Map.of()), BEA).refusal();
        assertTrue(noSummary instanceof Refusal.Invalid i && i.errors().has("publicSummary"));
    }

    @Test
    void anAuditEntryChangedInTheDatabaseIsFound() {
        String id = agreements.create("kingsmead", draft("Audit " + UUID.randomUUID(), true, section75Fields()), BEA)
                .orRefuse();
        agreements.move(id, "CONSULT", null, BEA).orRefuse();
        agreements.move(id, "SEND_FOR_SIGNATURE", null, BEA).orRefuse();
        assertTrue(agreements.verify(id, BEA).orRefuse().holds());
        Sql.execute(database, "UPDATE partnership_audit SET detail = 'Nothing to see' WHERE seq = 2 AND agreement_id"
                + " = (SELECT id FROM partnership_agreement WHERE uuid = '" + id + "')");
        var verification = agreements.verify(id, BEA).orRefuse();
        assertTrue(!verification.holds() && verification.brokenAt() == 2, String.valueOf(verification));
        Sql.execute(database, "DELETE FROM partnership_audit WHERE seq >= 2 AND agreement_id"
                + " = (SELECT id FROM partnership_agreement WHERE uuid = '" + id + "')");
        var cut = agreements.verify(id, BEA).orRefuse();
        assertTrue(!cut.holds() && cut.reason().contains("after entry 1 are missing"), String.valueOf(cut));
    }

    /** An active section 75 made through the facade, signed by both. */
    private String activeFund(String title) {
        String id = agreements.create("kingsmead", draft(title, true, section75Fields()), BEA).orRefuse();
        agreements.move(id, "SEND_FOR_SIGNATURE", null, BEA).orRefuse();
        agreements.sign(id, 1, PCN, PRIYA).orRefuse();
        agreements.sign(id, 1, COUNCIL, BEA).orRefuse();
        return id;
    }

    private long unreadNews(MemberDetails member, String like) {
        return news.unread(member).stream().filter(n -> n.message().contains(like)).count();
    }

    @Test
    void commitmentsAreRecordedByTheBoardAndTheirFollowersHearOfProgress() {
        String title = "Commitments " + UUID.randomUUID().toString().substring(0, 6);
        String id = activeFund(title);
        CommitmentDraft team = new CommitmentDraft("A reablement team", COUNCIL, "Bea Osei", DemoDates.daysAhead(120), "", "");
        assertInstanceOf(Refusal.NotPermitted.class, commitments.commit(id, team, ROSA).refusal(), "residents do not");
        var invalid = commitments.commit(id, new CommitmentDraft(" ", "northgate-surgery", "", "31/03/2027", "0",
                "x"), BEA).refusal();
        assertTrue(invalid instanceof Refusal.Invalid i && i.errors().byField().keySet().equals(
                Set.of("what", "lead", "due", "weight", "parent")), String.valueOf(invalid));
        long parent = commitments.commit(id, team, BEA).orRefuse();
        long recruit = commitments.commit(id, new CommitmentDraft("Recruit six support workers", COUNCIL, "Bea Osei",
                "2026-09-30", "3", String.valueOf(parent)), BEA).orRefuse();
        long rota = commitments.commit(id, new CommitmentDraft("A seven-day rota", COUNCIL, "Bea Osei",
                DemoDates.daysAhead(120), "1", String.valueOf(parent)), PRIYA).orRefuse();
        var notParty = commitments.commit(id, new CommitmentDraft("x", "northgate-surgery", "Nia", DemoDates.daysAhead(30), "",
                ""), BEA).refusal();
        assertTrue(notParty instanceof Refusal.Invalid i && i.errors().has("organisation"), String.valueOf(notParty));

        agreements.follow(id, rota, ROSA, true).orRefuse();
        agreements.follow(id, rota, ROSA, true).orRefuse();
        MemberDetails lena = member("Lena", Set.of(Role.RESIDENT), Set.of());
        agreements.follow(id, null, lena, true).orRefuse();
        assertInstanceOf(Refusal.NotFound.class, agreements.follow(id, 999_999L, ROSA, true).refusal());

        var above = commitments.progress(id, rota, new ProgressDraft("ON_TRACK", "120", "Lots", ""), BEA).refusal();
        assertTrue(above instanceof Refusal.Invalid i && i.errors().of("progress").contains("0 to 100"),
                String.valueOf(above));
        assertEquals(0, unreadNews(ROSA, "seven-day rota"), "a refused update tells nobody");
        assertInstanceOf(Refusal.NotPermitted.class, commitments.progress(id, rota, new ProgressDraft("ON_TRACK",
                "20", "Me", ""), ROSA).refusal());
        commitments.progress(id, recruit, new ProgressDraft("DONE", "", "All in post", ""), BEA).orRefuse();
        commitments.progress(id, rota, new ProgressDraft("AT_RISK", "20%", "Saturdays covered",
                "https://example.org/rota"), BEA).orRefuse();

        assertEquals(1, unreadNews(ROSA, "seven-day rota"), "once, though she followed twice");
        assertEquals(0, unreadNews(ROSA, "Recruit six"), "not what she does not follow");
        assertEquals(2, unreadNews(lena, title), "the agreement's follower hears of each of its commitments");
        var rosas = news.unread(ROSA);
        assertTrue(rosas.get(0).href().endsWith(PartnershipLinks.agreement(id) + "#commitment-" + rota)
                && rosas.get(0).message().contains("at risk, 20%"), String.valueOf(rosas));

        AgreementDetails seen = agreements.agreement(id, ROSA).orElseThrow();
        AgreementDetails.Commitment whole = seen.commitments().get(0);
        assertEquals(parent, whole.id());
        assertEquals(80, whole.progress(), "(3 × 100 + 1 × 20) / 4");
        assertEquals(List.of(1, 2, 2), seen.commitments().stream().map(AgreementDetails.Commitment::depth).toList());
        assertTrue(seen.commitments().get(2).followed(), "Rosa follows the rota");
        assertEquals(null, seen.commitments().get(2).followers(), "and does not see who else does");
        AgreementDetails board = agreements.agreement(id, BEA).orElseThrow();
        assertEquals(1L, board.commitments().get(2).followers(), "the board sees how many");
        assertEquals(1L, board.reader().followers());

        news.markAllRead(ROSA.id());
        assertEquals(0, unreadNews(ROSA, "seven-day rota"));
        assertTrue(agreements.verify(id, BEA).orRefuse().holds(), "every step in the audit trail, which holds");
        assertTrue(agreements.audit(id, BEA).orRefuse().entries().stream()
                .anyMatch(e -> e.detail().contains("Saturdays covered")));
    }

    @Test
    void aVariationIsComparedClauseByClauseAndNeedsFreshSignatures() {
        String title = "Variation " + UUID.randomUUID().toString().substring(0, 6);
        String id = activeFund(title);
        agreements.move(id, "REVIEW", null, BEA).orRefuse();
        AgreementDraft changed = new AgreementDraft(title, "SECTION_75", "Joined-up care for frail older people in "
                + "Kingsmead", "Adults over 65", true, null, List.of(new AgreementDraft.Party(COUNCIL, signs(BEA)),
                new AgreementDraft.Party(PCN, signs(PRIYA))), List.of(new AgreementDraft.Clause("1. Aims",
                "Fewer emergency admissions, and fewer falls.")), DemoDates.today().plusDays(120),
                DemoDates.today().plusDays(1200), DemoDates.today().plusDays(450), section75Fields());
        agreements.edit(id, changed, BEA).orRefuse();
        assertTrue(agreements.agreement(id, BEA).orElseThrow().changedSinceVersion());
        agreements.move(id, "VARY", null, BEA).orRefuse();
        AgreementDetails varied = agreements.agreement(id, ROSA).orElseThrow();
        assertEquals("Awaiting signatures", varied.status().label());
        assertEquals(2, varied.version());
        assertTrue(varied.parties().stream().allMatch(p -> p.signedAt() == null), "fresh signatures");
        assertInstanceOf(Refusal.Conflict.class, agreements.sign(id, 1, PCN, PRIYA).refusal(),
                "version 1 is superseded");
        List<ComparedPart> parts = agreements.compare(id, 1, 2, ROSA).orElseThrow();
        assertEquals("CHANGED", parts.stream().filter(p -> p.name().equals("Clause 1. Aims")).findFirst()
                .orElseThrow().change());
        assertEquals("REMOVED", parts.stream().filter(p -> p.name().equals("Clause 2. Contributions")).findFirst()
                .orElseThrow().change());
        assertEquals("SAME", parts.stream().filter(p -> p.name().equals("Parties")).findFirst().orElseThrow()
                .change());
        assertTrue(agreements.compare(id, 1, 3, ROSA).isEmpty(), "no version 3");
        agreements.sign(id, 2, PCN, PRIYA).orRefuse();
        agreements.sign(id, 2, COUNCIL, BEA).orRefuse();
        assertEquals("Active", agreements.agreement(id, ROSA).orElseThrow().status().label());
    }

    @Test
    void onlyAMemberSittingOnTheBoardActsForIt() {
        MemberDetails unseated = member("Sol Unseated", Set.of(Role.BOARD_MEMBER), Set.of(COUNCIL));
        assertInstanceOf(Refusal.NotPermitted.class, agreements.create("kingsmead", draft("x", true, Map.of()),
                unseated).refusal(), "the role and the organisation are not enough without a seat");
        MemberDetails former = member("Flo Former " + UUID.randomUUID(), Set.of(Role.BOARD_MEMBER), Set.of(COUNCIL));
        seat(former, COUNCIL, "Wendshire Council");
        assertTrue(agreements.onBoard(former, "kingsmead"));
        Sql.execute(database, "UPDATE partnership_board_member SET left_on = CAST('2026-06-30' AS DATE) WHERE "
                + "member_id = " + former.id());
        assertTrue(!agreements.onBoard(former, "kingsmead"), "who has left no longer acts for the board");
        MemberDetails admin = member("Ada", Set.of(Role.ADMIN), Set.of());
        var refused = boards.appoint("eastwell-valley", new SeatDraft("Nobody Here", "northgate-surgery", "KING",
                "soon"), admin).refusal();
        assertTrue(refused instanceof Refusal.Invalid i && i.errors().byField().keySet().equals(
                Set.of("memberName", "organisation", "position", "joined")), String.valueOf(refused));
        assertInstanceOf(Refusal.NotPermitted.class, boards.appoint("eastwell-valley", new SeatDraft("Tom Reyes",
                "wendhome-housing", "MEMBER", "2026-12-01"), BEA).refusal(), "admins appoint");
        var notHis = boards.appoint("eastwell-valley", new SeatDraft("Tom Reyes", "eastwell-medical-group", "MEMBER",
                "2026-12-01"), admin).refusal();
        assertTrue(notHis instanceof Refusal.Invalid i && i.errors().of("organisation").contains("does not belong"),
                String.valueOf(notHis));
        long seat = boards.appoint("eastwell-valley", new SeatDraft("tom reyes", "wendhome-housing", "SECRETARY",
                "2026-11-01"), admin).orRefuse();
        assertTrue(boards.sitting("eastwell-valley").stream().anyMatch(s -> s.id() == seat
                && s.position().equals("Secretary") && s.memberName().equals("Tom Reyes")));
        var early = boards.leave("eastwell-valley", seat, "2026-10-01", admin).refusal();
        assertTrue(early instanceof Refusal.Invalid i && i.errors().has("left"), String.valueOf(early));
        boards.leave("eastwell-valley", seat, "2026-11-15", admin).orRefuse();
        assertTrue(boards.sitting("eastwell-valley").stream().noneMatch(s -> s.id() == seat));
        assertTrue(boards.everyone("eastwell-valley").stream().anyMatch(s -> s.id() == seat
                && LocalDate.of(2026, 11, 15).equals(s.left())), "who sat stays on record");
    }

    @Test
    void theBoardIsToldWhenAReviewDateComesAndSeesWhatIsDue() {
        String title = "Review " + UUID.randomUUID().toString().substring(0, 6);
        AgreementDraft due = new AgreementDraft(title, "MOU", "Warm spaces", null, true, null,
                List.of(new AgreementDraft.Party(COUNCIL, signs(BEA)), new AgreementDraft.Party(PCN, signs(PRIYA))),
                List.of(new AgreementDraft.Clause("1. Rooms", "Two rooms open.")), DemoDates.today().minusDays(300),
                DemoDates.today().plusDays(400), DemoDates.today().minusDays(1), Map.of());
        String id = agreements.create("kingsmead", due, BEA).orRefuse();
        agreements.move(id, "SEND_FOR_SIGNATURE", null, BEA).orRefuse();
        agreements.sign(id, 1, PCN, PRIYA).orRefuse();
        agreements.sign(id, 1, COUNCIL, BEA).orRefuse();
        long late = commitments.commit(id, new CommitmentDraft("Open the rooms", COUNCIL, "Bea Osei",
                LocalDate.now().minusDays(3).toString(), "", ""), BEA).orRefuse();
        BoardDetails board = agreements.board("kingsmead", ROSA).orElseThrow();
        assertTrue(board.reviews().stream().anyMatch(a -> a.id().equals(id)), "the review shows on the board page");
        assertTrue(board.due().stream().anyMatch(c -> c.id() == late && c.overdue()), "and the overdue commitment");
        assertTrue(board.seats().stream().anyMatch(s -> s.memberName().equals("Bea Osei")));
        agreements.board("kingsmead", null);
        assertEquals(1, unreadNews(BEA, "review date of “" + title), "each sitting member is told, once");
        assertEquals(1, unreadNews(PRIYA, "review date of “" + title));
        assertEquals(0, unreadNews(ROSA, "review date of “" + title), "not anyone else");
        assertEquals("Active", agreements.agreement(id, null).orElseThrow().status().label(),
                "the move is the board's");
    }
}
