package org.carecommunities.partnership.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.*;

/**
 * Writes the agreements part of {@code db/demo/V10__partnership.sql} (print to standard output, paste below the
 * boards): the demo agreements made through the entity itself, so their versions' digests and their audit trails'
 * hashes are the portal's own. Run it again if the canonical form or the audit hash ever changes. A tool, not a test.
 */
public final class DemoAgreementsSql {
    static StringBuilder out = new StringBuilder();
    static String q(String s) { return s == null ? "NULL" : "'" + s.replace("'", "''") + "'"; }
    static String ts(LocalDateTime t) { return "CAST('" + t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")) + "' AS TIMESTAMP)"; }
    static String d(LocalDate x) { return x == null ? "CAST(NULL AS DATE)" : "CAST('" + x + "' AS DATE)"; }
    static Map<String, String> names = new HashMap<>();
    static Map<String, String> subjects = new HashMap<>();

    record Spec(String neighbourhood, String uuid, Agreement.Draft draft, Instant created) {}

    static Agreement.Draft draft(String title, AgreementKind kind, String purpose, String scope, boolean pub, String summary,
                                 String[][] parties, String[][] clauses, LocalDate s, LocalDate e, LocalDate r, Map<String,String> fields) {
        List<AgreementText.Party> ps = new ArrayList<>();
        for (String[] p : parties) ps.add(new AgreementText.Party(p[0], names.get(p[0]), p[1]));
        List<AgreementText.Clause> cs = new ArrayList<>();
        for (String[] c : clauses) cs.add(new AgreementText.Clause(c[0], c[1]));
        return new Agreement.Draft(title, kind, purpose, scope, pub, summary, ps, cs, s, e, r, fields);
    }

    static void emit(String neighbourhood, String uuid, Agreement a, LocalDateTime created) throws Exception {
        var f = Agreement.class.getDeclaredField("uuid"); f.setAccessible(true); f.set(a, uuid);
        AgreementText t = a.text();
        out.append("\n-- ").append(t.title()).append(" (").append(a.status().label()).append(")\n");
        out.append("INSERT INTO partnership_agreement (uuid, board_id, title, kind, purpose, scope, status, is_public, public_summary, starts_on, ends_on, review_on, end_reason, audit_head, created_at, modified_at)\n  SELECT ")
           .append(q(uuid)).append(", b.id, ").append(q(t.title())).append(", ").append(q(a.kind().name())).append(", ").append(q(t.purpose())).append(", ")
           .append(q(t.scope().isEmpty() ? null : t.scope())).append(", ").append(q(a.status().name())).append(", ").append(a.visibleToAll() ? "TRUE" : "FALSE").append(", ")
           .append(a.publicSummary() == null ? "CAST(NULL AS VARCHAR(2000))" : q(a.publicSummary())).append(", ").append(d(t.starts())).append(", ").append(d(t.ends())).append(", ").append(d(t.review())).append(", CAST(NULL AS VARCHAR(1000)), ");
        var head = Agreement.class.getDeclaredField("auditHead"); head.setAccessible(true);
        var mod = Agreement.class.getDeclaredField("modifiedAt"); mod.setAccessible(true);
        out.append(q((String) head.get(a))).append(", ").append(ts(created)).append(", ").append(ts((LocalDateTime) mod.get(a)))
           .append("\n  FROM partnership_board b JOIN neighbourhood n ON n.id = b.neighbourhood_id WHERE n.slug = ").append(q(neighbourhood)).append(";\n");
        String agreementId = "(SELECT id FROM partnership_agreement WHERE uuid = " + q(uuid) + ")";
        for (int i = 0; i < t.parties().size(); i++) {
            var p = t.parties().get(i);
            out.append("INSERT INTO partnership_party (agreement_id, sort_order, organisation_slug, name, signatory) VALUES (").append(agreementId).append(", ").append(i).append(", ")
               .append(q(p.organisation())).append(", ").append(q(p.name())).append(", ").append(q(p.signatory())).append(");\n");
        }
        for (int i = 0; i < t.clauses().size(); i++) {
            var c = t.clauses().get(i);
            out.append("INSERT INTO partnership_clause (agreement_id, sort_order, heading, body) VALUES (").append(agreementId).append(", ").append(i).append(", ")
               .append(q(c.heading())).append(", ").append(q(c.text())).append(");\n");
        }
        for (var e : new TreeMap<>(t.fields()).entrySet()) {
            out.append("INSERT INTO partnership_field (agreement_id, field_key, field_value) VALUES (").append(agreementId).append(", ").append(q(e.getKey())).append(", ").append(q(e.getValue())).append(");\n");
        }
        for (AgreementVersion v : a.versions()) {
            out.append("INSERT INTO partnership_version (agreement_id, version_number, canonical, digest, frozen_at) VALUES (").append(agreementId).append(", ").append(v.number()).append(", ")
               .append(q(v.canonical())).append(", ").append(q(v.digest())).append(", ").append(ts(v.frozenAt())).append(");\n");
            for (Signature s : v.signatures()) {
                out.append("INSERT INTO partnership_signature (version_id, organisation_slug, signatory, member_id, signed_at, digest)\n  SELECT v.id, ").append(q(s.organisation())).append(", ").append(q(s.signatory()))
                   .append(", m.id, ").append(ts(s.signedAt())).append(", ").append(q(s.digest())).append(" FROM partnership_version v, member m WHERE v.agreement_id = ").append(agreementId)
                   .append(" AND v.version_number = ").append(v.number()).append(" AND m.subject = ").append(q(subjects.get(s.signatory()))).append(";\n");
            }
        }
        for (AuditTrail.Entry e : a.auditTrail()) {
            out.append("INSERT INTO partnership_audit (agreement_id, seq, at_time, actor, what, detail, previous_hash, entry_hash) VALUES (").append(agreementId).append(", ").append(e.sequence()).append(", ")
               .append(ts(LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC))).append(", ").append(q(e.actor())).append(", ").append(q(e.action())).append(", ").append(q(e.detail())).append(", ")
               .append(q(e.previous())).append(", ").append(q(e.hash())).append(");\n");
        }
    }

    static Instant at(String s) { return Instant.parse(s); }

    public static void main(String[] args) throws Exception {
        names.put("wendshire-council", "Wendshire Council");
        names.put("kingsmead-riverside-pcn", "Kingsmead and Riverside Primary Care Network");
        names.put("riverside-medical-practice", "Riverside Medical Practice");
        names.put("wendhome-housing", "Wendhome Housing Association");
        names.put("northgate-hill-pcn", "Northgate Hill Primary Care Network");
        names.put("hill-good-neighbours", "Hill Good Neighbours");
        names.put("eastwell-valley-pcn", "Eastwell Valley Primary Care Network");
        names.put("eastwell-medical-group", "Eastwell Medical Group");
        names.put("valley-road-surgery", "Valley Road Surgery");
        names.put("eastwell-age-friendly", "Eastwell Age Friendly");
        subjects.put("Bea Turner", "5b0c1a4e-0005-4c0a-9a11-000000000005");
        subjects.put("Dr Priya Shah", "5b0c1a4e-0007-4c0a-9a11-000000000007");
        subjects.put("Dr Kwame Mensah", "5b0c1a4e-0101-4c0a-9a11-000000000101");
        subjects.put("Joan Fairley", "5b0c1a4e-0102-4c0a-9a11-000000000102");
        subjects.put("Dr Helen Price", "5b0c1a4e-0103-4c0a-9a11-000000000103");
        subjects.put("Dr Amrit Gill", "5b0c1a4e-0104-4c0a-9a11-000000000104");
        subjects.put("Tom Reyes", "5b0c1a4e-0105-4c0a-9a11-000000000105");
        subjects.put("Grace Lin", "5b0c1a4e-0106-4c0a-9a11-000000000106");

        // Kingsmead: an active section 75 fund, a board-only data sharing agreement awaiting a signature, an MOU under review
        Map<String,String> s75 = new HashMap<>(Map.of(
            "aims", "Fewer emergency admissions of frail older people; more people supported to stay at home after a fall or illness; carers supported alongside them.",
            "host", "Wendshire Council", "fundManager", "Head of Integrated Care, Wendshire Council",
            "functions", "Reablement, intermediate care at home and the frailty multidisciplinary team, for adults over 65 registered with a Kingsmead and Riverside practice.",
            "riskShare", "Overspends and underspends shared in proportion to contributions, after the fund manager's recovery plan.",
            "monitoring", "Quarterly finance and outcomes report to the partnership board; annual review of the pooled budget.",
            "variation", "Contributions may change once a year by written agreement of both partners, no later than 31 January for the following year."));
        s75.put("contribution:wendshire-council", "£420,000 a year");
        s75.put("contribution:kingsmead-riverside-pcn", "£160,000 a year (from the PCN's additional roles budget)");
        s75.put("provides:wendshire-council", "Two reablement social workers, six reablement support workers, the fund manager");
        s75.put("provides:kingsmead-riverside-pcn", "A frailty GP lead for two sessions a week, a clinical pharmacist, clinic rooms at Riverside Medical Practice");
        Agreement fund = new Agreement(new Board(0, ""), draft("Kingsmead frailty pooled fund", AgreementKind.SECTION_75,
            "Pool council and primary care money for reablement and frailty care, so older people get one joined-up team.",
            "Adults over 65 registered with a Kingsmead and Riverside practice", true, null,
            new String[][]{{"wendshire-council", "Bea Turner"}, {"kingsmead-riverside-pcn", "Dr Priya Shah"}},
            new String[][]{{"1. Aims and outcomes", "The partners pool their contributions to reduce emergency admissions of frail older people and help more of them stay at home."},
                           {"2. The pooled fund", "Wendshire Council hosts the fund; its Head of Integrated Care manages it on behalf of both partners."},
                           {"3. Contributions", "Each partner pays its contribution quarterly in advance, as set out in its fields."},
                           {"4. Review, variation and termination", "The board reviews the fund every year. Either partner may end the agreement with six months' written notice."}},
            LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), LocalDate.of(2026, 12, 15), s75), "Bea Turner", at("2026-02-02T10:00:00Z"));
        fund.move(Move.CONSULT, null, "Bea Turner", at("2026-02-09T10:00:00Z"));
        fund.move(Move.SEND_FOR_SIGNATURE, null, "Bea Turner", at("2026-03-02T10:00:00Z"));
        fund.sign(1, "kingsmead-riverside-pcn", "Dr Priya Shah", 0, at("2026-03-05T14:20:00Z"));
        fund.sign(1, "wendshire-council", "Bea Turner", 0, at("2026-03-09T09:45:00Z"));
        emit("kingsmead", "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01", fund, LocalDateTime.of(2026, 2, 2, 10, 0));

        Agreement dsa = new Agreement(new Board(0, ""), draft("Social prescribing data sharing agreement", AgreementKind.DATA_SHARING,
            "Let link workers and practices share what they need about a person referred for social prescribing, and no more.",
            "People referred to the Kingsmead and Riverside link workers", false,
            "Practices and the council's link workers share referral details for social prescribing, as joint controllers. You can ask either to see or correct what they hold.",
            new String[][]{{"riverside-medical-practice", "Dr Priya Shah"}, {"wendshire-council", "Bea Turner"}},
            new String[][]{{"1. Purpose", "Referral, follow-up and outcomes of social prescribing only."},
                           {"2. Security", "Data is sent only through NHSmail or the shared referral system."}},
            LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), LocalDate.of(2027, 12, 1),
            Map.of("dataCategories", "Name, contact details, NHS number, reason for referral, what matters to the person, outcomes",
                   "retention", "Two years after the last contact, then deleted", "jointControllers", "yes",
                   "responsibilities", "The practice answers requests about referral records; the council answers requests about link worker notes and outcomes.",
                   "rightsContact", "Riverside Medical Practice reception, or dataprotection@wendshire-council.example",
                   "lawfulBasis:riverside-medical-practice", "UK GDPR Article 6(1)(e) and Article 9(2)(h)",
                   "lawfulBasis:wendshire-council", "UK GDPR Article 6(1)(e) and Article 9(2)(h)")), "Dr Priya Shah", at("2026-10-20T11:00:00Z"));
        dsa.move(Move.SEND_FOR_SIGNATURE, null, "Dr Priya Shah", at("2026-11-16T09:00:00Z"));
        dsa.sign(1, "riverside-medical-practice", "Dr Priya Shah", 0, at("2026-11-17T16:05:00Z"));
        emit("kingsmead", "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b02", dsa, LocalDateTime.of(2026, 10, 20, 11, 0));

        Agreement mou = new Agreement(new Board(0, ""), draft("Warm spaces memorandum of understanding", AgreementKind.MOU,
            "Keep warm, welcoming spaces open in Kingsmead through the winter, with advice on hand.",
            "Residents of Kingsmead and Riverside", true, null,
            new String[][]{{"wendshire-council", "Bea Turner"}, {"wendhome-housing", "Tom Reyes"}},
            new String[][]{{"1. Spaces", "Wendhome opens two community rooms four afternoons a week from November to March."},
                           {"2. Advice", "The council's energy advisers visit each space once a fortnight."}},
            LocalDate.of(2025, 11, 1), LocalDate.of(2027, 3, 31), LocalDate.of(2026, 10, 1), Map.of()), "Bea Turner", at("2025-10-01T10:00:00Z"));
        mou.move(Move.SEND_FOR_SIGNATURE, null, "Bea Turner", at("2025-10-06T10:00:00Z"));
        mou.sign(1, "wendhome-housing", "Tom Reyes", 0, at("2025-10-08T12:00:00Z"));
        mou.sign(1, "wendshire-council", "Bea Turner", 0, at("2025-10-09T12:00:00Z"));
        mou.move(Move.REVIEW, null, "Bea Turner", at("2026-10-05T10:00:00Z"));
        emit("kingsmead", "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b03", mou, LocalDateTime.of(2025, 10, 1, 10, 0));

        // Northgate Hill: an active service level agreement
        Agreement sla = new Agreement(new Board(0, ""), draft("Falls prevention service level agreement", AgreementKind.SLA,
            "Strength and balance classes and home hazard checks for people at risk of falls.", "Northgate Hill residents over 60", true, null,
            new String[][]{{"northgate-hill-pcn", "Dr Kwame Mensah"}, {"hill-good-neighbours", "Joan Fairley"}},
            new String[][]{{"1. The service", "Hill Good Neighbours runs two strength and balance classes a week and home hazard checks within ten working days of a referral."},
                           {"2. Payment", "The PCN pays £18,000 a year in quarterly instalments."},
                           {"3. Reporting", "Numbers seen, falls reported and waiting times, every quarter, to the board."}},
            LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 3, 1), Map.of()), "Dr Kwame Mensah", at("2026-04-14T10:00:00Z"));
        sla.move(Move.SEND_FOR_SIGNATURE, null, "Dr Kwame Mensah", at("2026-05-04T10:00:00Z"));
        sla.sign(1, "hill-good-neighbours", "Joan Fairley", 0, at("2026-05-06T15:00:00Z"));
        sla.sign(1, "northgate-hill-pcn", "Dr Kwame Mensah", 0, at("2026-05-07T09:30:00Z"));
        emit("northgate-hill", "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b04", sla, LocalDateTime.of(2026, 4, 14, 10, 0));

        // Eastwell Valley: a network agreement awaiting signatures
        Agreement network = new Agreement(new Board(0, ""), draft("Eastwell Valley PCN network agreement", AgreementKind.NETWORK,
            "How the valley's practices work together as a primary care network.", "The member practices and their patients", true, null,
            new String[][]{{"eastwell-medical-group", "Dr Helen Price"}, {"valley-road-surgery", "Dr Amrit Gill"}},
            new String[][]{{"1. Membership", "The member practices agree to work together as the Eastwell Valley PCN."},
                           {"2. Decisions", "The clinical director and one GP from each practice decide by majority; each practice has one vote."}},
            LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), LocalDate.of(2027, 10, 1), Map.of()), "Dr Helen Price", at("2026-11-02T10:00:00Z"));
        emit("eastwell-valley", "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b05", network, LocalDateTime.of(2026, 11, 2, 10, 0));
        Agreement age = new Agreement(new Board(0, ""), draft("Age-friendly valley memorandum of understanding", AgreementKind.MOU,
            "Make Eastwell Valley a good place to grow older: transport, benches, toilets and friendly businesses.",
            "Older residents of Eastwell, Orchard Green and Valley Road", true, null,
            new String[][]{{"wendshire-council", "Bea Turner"}, {"eastwell-age-friendly", "Grace Lin"}},
            new String[][]{{"1. Listening", "Eastwell Age Friendly runs a walkabout with older residents each spring and reports what they find."},
                           {"2. Acting", "The council answers each finding within three months, saying what it will do and when."}},
            LocalDate.of(2026, 5, 1), LocalDate.of(2028, 4, 30), LocalDate.of(2027, 4, 1), Map.of()), "Bea Turner", at("2026-03-20T10:00:00Z"));
        age.move(Move.SEND_FOR_SIGNATURE, null, "Bea Turner", at("2026-04-01T10:00:00Z"));
        age.sign(1, "eastwell-age-friendly", "Grace Lin", 0, at("2026-04-03T11:00:00Z"));
        age.sign(1, "wendshire-council", "Bea Turner", 0, at("2026-04-06T10:00:00Z"));
        emit("eastwell-valley", "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b06", age, LocalDateTime.of(2026, 3, 20, 10, 0));
        System.out.print(out);
    }
}
