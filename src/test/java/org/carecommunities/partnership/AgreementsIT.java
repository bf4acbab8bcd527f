package org.carecommunities.partnership;

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

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private static MemberDetails member(String name, Set<Role> roles, Set<String> organisations) {
        return new MemberDetails(Math.abs(name.hashCode()), UUID.randomUUID().toString(), name, 1L, organisations,
                null, LocalDateTime.now(), 1, null, roles);
    }

    private static final MemberDetails BEA = member("Bea Osei", Set.of(Role.BOARD_MEMBER), Set.of(COUNCIL));
    private static final MemberDetails PRIYA = member("Dr Priya Shah", Set.of(Role.BOARD_MEMBER), Set.of(PCN));
    private static final MemberDetails ROSA = member("Rosa", Set.of(Role.RESIDENT), Set.of());

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
                List.of(new AgreementDraft.Party(COUNCIL, "Bea Osei"), new AgreementDraft.Party(PCN, "Dr Priya Shah")),
                List.of(new AgreementDraft.Clause("1. Aims", "Fewer emergency admissions."),
                        new AgreementDraft.Clause("2. Contributions", "As in the fields.")),
                LocalDate.of(2027, 4, 1), LocalDate.of(2030, 3, 31), LocalDate.of(2028, 3, 1), fields);
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
        assertEquals("Draft", agreements.agreement(id, null).orElseThrow().status(), "nothing changed");

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
        assertEquals(frozen.digest(), agreements.sign(id, 1, PCN, PRIYA).orRefuse());
        assertInstanceOf(Refusal.Conflict.class, agreements.sign(id, 1, PCN, PRIYA).refusal(), "twice");
        agreements.sign(id, 1, COUNCIL, BEA).orRefuse();
        AgreementDetails active = agreements.agreement(id, ROSA).orElseThrow();
        assertEquals("Active", active.status());
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
        assertEquals(6, ids.size(), "six demo agreements over the three boards");
        for (String id : ids) {
            assertTrue(agreements.verify(id, admin).orRefuse().holds(), id);
        }
        for (String version : Sql.values(database, "SELECT canonical FROM partnership_version")) {
            String digest = Sql.value(database, "SELECT digest FROM partnership_version WHERE canonical = '"
                    + version.replace("'", "''") + "'");
            assertEquals(sha256(version), digest, "each version's digest is its canonical text's");
        }
        AgreementDetails fund = agreements.agreement("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01", null).orElseThrow();
        assertEquals("Active", fund.status());
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
}
