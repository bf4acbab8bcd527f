package org.carecommunities.partnership.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.*;

/**
 * Writes the agreements part of {@code db/demo/V10__partnership.sql} (argument {@code V10}; print to standard
 * output, paste below the boards), and the statements of {@code V11__partnership_members_and_commitments.sql} after
 * its seats (argument {@code V11}): what happened to those agreements since (commitments, progress, milestones, a
 * variation, schedules) and the agreements added then. All made through the entity itself, so versions' digests
 * and audit trails' hashes are the portal's own. Run it again if the canonical form or the audit hash ever
 * changes. A tool, not a test.
 */
public final class DemoAgreementsSql {
    static StringBuilder out = new StringBuilder();
    static StringBuilder v11 = new StringBuilder();
    static StringBuilder v12 = new StringBuilder();
    static StringBuilder target = out;
    static long commitmentIds = 0;
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
        return new Agreement.Draft(title, kind, purpose, scope, pub, summary, ps, cs, s, e, r, fields, List.of());
    }

    static void emit(String neighbourhood, String uuid, Agreement a, LocalDateTime created) throws Exception {
        StringBuilder out = target;
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
        clauseRows(out, agreementId, t);
        for (var e : new TreeMap<>(t.fields()).entrySet()) {
            out.append("INSERT INTO partnership_field (agreement_id, field_key, field_value) VALUES (").append(agreementId).append(", ").append(q(e.getKey())).append(", ").append(q(e.getValue())).append(");\n");
        }
        versionRows(out, agreementId, a, Before.NONE);
        auditRows(out, agreementId, a.auditTrail());
    }

    static Instant at(String s) { return Instant.parse(s); }

    /** A commitment made through the agreement, given the id the database would (the tool has none). */
    static Commitment commit(Agreement a, String what, String org, String lead, LocalDate due, int weight, Commitment parent, String actor, String when) throws Exception {
        Commitment c = a.commit(new Commitment.Spec(what, org, lead, due, weight), parent == null ? null : parent.id(), actor, at(when));
        var id = Commitment.class.getDeclaredField("id"); id.setAccessible(true); id.set(c, ++commitmentIds);
        return c;
    }

    static Milestone milestone(Agreement a, Commitment c, String title, LocalDate due, String actor, String when) throws Exception {
        Milestone m = a.addMilestone(c.id(), title, due, actor, at(when));
        var id = Milestone.class.getDeclaredField("id"); id.setAccessible(true); id.set(m, ++commitmentIds);
        return m;
    }

    record Before(int audit, int versions, Map<Integer, Integer> signatures, int commitments) {
        static final Before NONE = new Before(0, 0, Map.of(), 0);

        static Before of(Agreement a) {
            Map<Integer, Integer> signed = new HashMap<>();
            a.versions().forEach(v -> signed.put(v.number(), v.signatures().size()));
            return new Before(a.auditTrail().size(), a.versions().size(), signed, a.commitments().size());
        }
    }

    /** What changed in an agreement V10 already holds: its row, its text, new versions and signatures, commitments, audit entries. */
    static void delta(String uuid, Agreement a, Before before, boolean textChanged) throws Exception {
        StringBuilder out = target;
        String agreementId = "(SELECT id FROM partnership_agreement WHERE uuid = " + q(uuid) + ")";
        AgreementText t = a.text();
        var head = Agreement.class.getDeclaredField("auditHead"); head.setAccessible(true);
        var mod = Agreement.class.getDeclaredField("modifiedAt"); mod.setAccessible(true);
        out.append("\n-- ").append(t.title()).append(": since (").append(a.status().label()).append(")\n");
        out.append("UPDATE partnership_agreement SET status = ").append(q(a.status().name())).append(", audit_head = ").append(q((String) head.get(a)))
           .append(", modified_at = ").append(ts((LocalDateTime) mod.get(a))).append(", review_on = ").append(d(t.review())).append(" WHERE uuid = ").append(q(uuid)).append(";\n");
        if (textChanged) {
            out.append("DELETE FROM partnership_clause WHERE agreement_id = ").append(agreementId).append(";\n");
            clauseRows(out, agreementId, t);
        }
        versionRows(out, agreementId, a, before);
        commitments(a, agreementId, before.commitments());
        List<AuditTrail.Entry> trail = a.auditTrail();
        auditRows(out, agreementId, trail.subList(before.audit(), trail.size()));
    }

    static void clauseRows(StringBuilder out, String agreementId, AgreementText t) {
        for (int i = 0; i < t.clauses().size(); i++) {
            var c = t.clauses().get(i);
            out.append("INSERT INTO partnership_clause (agreement_id, sort_order, heading, body) VALUES (").append(agreementId).append(", ").append(i).append(", ")
               .append(q(c.heading())).append(", ").append(q(c.text())).append(");\n");
        }
        for (int i = 0; i < t.schedules().size(); i++) {
            var c = t.schedules().get(i);
            out.append("INSERT INTO partnership_clause (agreement_id, sort_order, heading, body, is_schedule) VALUES (").append(agreementId).append(", ").append(t.clauses().size() + i).append(", ")
               .append(q(c.name())).append(", ").append(q(c.text())).append(", TRUE);\n");
        }
    }

    /** The versions frozen, and the signatures made, since {@code before}. */
    static void versionRows(StringBuilder out, String agreementId, Agreement a, Before before) {
        for (AgreementVersion v : a.versions()) {
            if (v.number() > before.versions()) {
                out.append("INSERT INTO partnership_version (agreement_id, version_number, canonical, digest, frozen_at) VALUES (").append(agreementId).append(", ").append(v.number()).append(", ")
                   .append(q(v.canonical())).append(", ").append(q(v.digest())).append(", ").append(ts(v.frozenAt())).append(");\n");
            }
            List<Signature> signatures = v.signatures();
            for (int i = before.signatures().getOrDefault(v.number(), 0); i < signatures.size(); i++) {
                Signature sig = signatures.get(i);
                out.append("INSERT INTO partnership_signature (version_id, organisation_slug, signatory, member_id, signed_at, digest)\n  SELECT v.id, ").append(q(sig.organisation())).append(", ").append(q(sig.signatory()))
                   .append(", m.id, ").append(ts(sig.signedAt())).append(", ").append(q(sig.digest())).append(" FROM partnership_version v, member m WHERE v.agreement_id = ").append(agreementId)
                   .append(" AND v.version_number = ").append(v.number()).append(" AND m.subject = ").append(q(subjects.get(sig.signatory()))).append(";\n");
            }
        }
    }

    static void auditRows(StringBuilder out, String agreementId, List<AuditTrail.Entry> entries) {
        for (AuditTrail.Entry e : entries) {
            out.append("INSERT INTO partnership_audit (agreement_id, seq, at_time, actor, what, detail, previous_hash, entry_hash) VALUES (").append(agreementId).append(", ").append(e.sequence()).append(", ")
               .append(ts(LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC))).append(", ").append(q(e.actor())).append(", ").append(q(e.action())).append(", ").append(q(e.detail())).append(", ")
               .append(q(e.previous())).append(", ").append(q(e.hash())).append(");\n");
        }
    }

    static void commitments(Agreement a, String agreementId) throws Exception {
        commitments(a, agreementId, 0);
    }

    /** The agreement's commitments from the {@code from}th on, with their milestones and progress. */
    static void commitments(Agreement a, String agreementId, int from) throws Exception {
        StringBuilder out = target;
        var created = Commitment.class.getDeclaredField("createdAt"); created.setAccessible(true);
        for (Commitment c : a.commitments().subList(from, a.commitments().size())) {
            String parent = c.parent() == null ? "CAST(NULL AS BIGINT)" : "(SELECT id FROM partnership_commitment WHERE agreement_id = " + agreementId + " AND sort_order = " + c.parent().sortOrder() + ")";
            out.append("INSERT INTO partnership_commitment (agreement_id, parent_id, sort_order, what, organisation_slug, organisation_name, lead_name, due_on, status, progress, weight, created_at, modified_at) VALUES (")
               .append(agreementId).append(", ").append(parent).append(", ").append(c.sortOrder()).append(", ").append(q(c.what())).append(", ").append(q(c.organisation())).append(", ")
               .append(q(c.organisationName())).append(", ").append(q(c.lead())).append(", ").append(d(c.due())).append(", ").append(q(c.status().name())).append(", ").append(c.ownProgress()).append(", ")
               .append(c.weight()).append(", ").append(ts((LocalDateTime) created.get(c))).append(", ").append(ts(c.modifiedAt())).append(");\n");
            String commitmentId = "(SELECT id FROM partnership_commitment WHERE agreement_id = " + agreementId + " AND sort_order = " + c.sortOrder() + ")";
            for (Milestone m : c.milestones()) {
                out.append("INSERT INTO partnership_milestone (commitment_id, title, due_on, reached_on) VALUES (").append(commitmentId).append(", ").append(q(m.title())).append(", ")
                   .append(d(m.due())).append(", ").append(d(m.reached())).append(");\n");
            }
            List<ProgressUpdate> updates = new ArrayList<>(c.updates());
            Collections.reverse(updates);
            for (ProgressUpdate u : updates) {
                out.append("INSERT INTO partnership_progress (commitment_id, at_time, author, status, progress, note, evidence_url) VALUES (").append(commitmentId).append(", ").append(ts(u.at())).append(", ")
                   .append(q(u.author())).append(", ").append(q(u.status().name())).append(", ").append(u.progress()).append(", ").append(q(u.note())).append(", ")
                   .append(u.evidence() == null ? "CAST(NULL AS VARCHAR(500))" : q(u.evidence())).append(");\n");
            }
        }
    }

    /** What happened since V10, and the agreements added in V11. */
    static void later(Agreement fund, Agreement dsa, Agreement mou, Agreement sla, Agreement network, Agreement age) throws Exception {
        names.put("northgate-homes", "Northgate Homes Co-operative");
        subjects.put("Sam Okafor", "5b0c1a4e-0107-4c0a-9a11-000000000107");

        // Kingsmead's pooled fund: three commitments (one in two parts), milestones and progress; one overdue
        Before b = Before.of(fund);
        Commitment reablement = commit(fund, "A reablement team that sees people at home within 48 hours of leaving hospital", "wendshire-council", "Bea Turner", LocalDate.of(2027, 3, 31), 2, null, "Bea Turner", "2026-03-16T10:00:00Z");
        Commitment recruit = commit(fund, "Recruit six reablement support workers", "wendshire-council", "Bea Turner", LocalDate.of(2026, 9, 30), 1, reablement, "Bea Turner", "2026-03-16T10:05:00Z");
        Commitment rota = commit(fund, "Seven-day rota for reablement visits", "wendshire-council", "Bea Turner", LocalDate.of(2027, 3, 31), 1, reablement, "Bea Turner", "2026-03-16T10:10:00Z");
        Commitment mdt = commit(fund, "Weekly frailty multidisciplinary team meeting in each practice", "kingsmead-riverside-pcn", "Dr Priya Shah", LocalDate.of(2026, 11, 1), 1, null, "Dr Priya Shah", "2026-03-16T10:15:00Z");
        Commitment falls = commit(fund, "Falls and frailty reviews for every housebound patient over 80", "kingsmead-riverside-pcn", "Dr Priya Shah", LocalDate.of(2027, 2, 28), 1, null, "Dr Priya Shah", "2026-03-16T10:20:00Z");
        milestone(fund, recruit, "Posts advertised", LocalDate.of(2026, 5, 1), "Bea Turner", "2026-03-16T10:30:00Z");
        milestone(fund, recruit, "All six in post", LocalDate.of(2026, 9, 30), "Bea Turner", "2026-03-16T10:31:00Z");
        fund.reachMilestone(recruit.id(), recruit.milestones().get(0).id(), LocalDate.of(2026, 4, 24), "Bea Turner", at("2026-04-24T15:00:00Z"));
        fund.recordProgress(recruit.id(), CommitmentStatus.ON_TRACK, 50, "Three support workers started; interviews for the other three in August.", null, "Bea Turner", at("2026-07-01T09:00:00Z"));
        fund.reachMilestone(recruit.id(), recruit.milestones().get(1).id(), LocalDate.of(2026, 9, 28), "Bea Turner", at("2026-09-28T12:00:00Z"));
        fund.recordProgress(recruit.id(), CommitmentStatus.DONE, 100, "All six support workers in post.", "https://wendshire-council.example/news/reablement-team", "Bea Turner", at("2026-09-28T12:05:00Z"));
        fund.recordProgress(rota.id(), CommitmentStatus.AT_RISK, 30, "Weekend cover agreed for Saturdays; Sunday cover waits on two more drivers.", null, "Bea Turner", at("2026-10-12T10:00:00Z"));
        fund.recordProgress(reablement.id(), CommitmentStatus.ON_TRACK, null, "The team is complete; the seven-day rota is the part still to come.", null, "Bea Turner", at("2026-10-12T10:05:00Z"));
        fund.recordProgress(mdt.id(), CommitmentStatus.OFF_TRACK, 60, "Meetings run in two of the three practices; Kingsmead Health Centre starts in December.", null, "Dr Priya Shah", at("2026-10-20T16:00:00Z"));
        fund.recordProgress(falls.id(), CommitmentStatus.ON_TRACK, 40, "142 of 350 housebound patients reviewed.", "https://kingsmead-riverside-pcn.example/frailty-report-q2", "Dr Priya Shah", at("2026-10-30T11:00:00Z"));
        delta("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01", fund, b, false);

        // Kingsmead's warm spaces MOU, under review: what it promised for this winter
        b = Before.of(mou);
        Commitment rooms = commit(mou, "Two warm rooms open four afternoons a week, November to March", "wendhome-housing", "Tom Reyes", LocalDate.of(2026, 11, 30), 1, null, "Bea Turner", "2026-10-06T10:00:00Z");
        mou.recordProgress(rooms.id(), CommitmentStatus.ON_TRACK, 80, "Both rooms open since 3 November; 214 visits so far.", null, "Bea Turner", at("2026-11-24T10:00:00Z"));
        delta("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b03", mou, b, false);

        // Northgate Hill's falls SLA
        b = Before.of(sla);
        Commitment classes = commit(sla, "Two strength and balance classes a week", "hill-good-neighbours", "Joan Fairley", LocalDate.of(2027, 5, 31), 1, null, "Dr Kwame Mensah", "2026-06-02T10:00:00Z");
        Commitment checks = commit(sla, "Home hazard checks within ten working days of referral", "hill-good-neighbours", "Joan Fairley", LocalDate.of(2026, 10, 31), 1, null, "Dr Kwame Mensah", "2026-06-02T10:05:00Z");
        sla.recordProgress(classes.id(), CommitmentStatus.ON_TRACK, 45, "Classes run on Tuesdays and Fridays at the community hall; 38 regulars.", null, "Joan Fairley", at("2026-09-30T10:00:00Z"));
        sla.recordProgress(checks.id(), CommitmentStatus.AT_RISK, 70, "Average wait 13 working days in September: one volunteer checker short.", null, "Joan Fairley", at("2026-10-05T10:00:00Z"));
        delta("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b04", sla, b, false);

        // Eastwell Valley's network agreement gets its schedules and goes to signature
        b = Before.of(network);
        AgreementText n = network.text();
        network.edit(new Agreement.Draft(n.title(), network.kind(), n.purpose(), n.scope(), true, null, n.parties(), n.clauses(), n.starts(), n.ends(), n.review(), n.fields(),
                List.of(new AgreementText.NamedSchedule("Schedule 1: Member practices", "Eastwell Medical Group (ODS code Y90001) and Valley Road Surgery (Y90002), with 21,400 registered patients between them."),
                        new AgreementText.NamedSchedule("Schedule 2: Clinical director", "Dr Helen Price, for two years from 1 April 2027, four sessions a week."),
                        new AgreementText.NamedSchedule("Schedule 3: Financial distribution", "Network payments are shared in proportion to each practice's registered list on 1 January each year."))),
                "Dr Helen Price", at("2026-11-10T10:00:00Z"));
        network.move(Move.SEND_FOR_SIGNATURE, null, "Dr Helen Price", at("2026-11-23T10:00:00Z"));
        network.sign(1, "eastwell-medical-group", "Dr Helen Price", 0, at("2026-11-24T09:30:00Z"));
        delta("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b05", network, b, true);

        // Eastwell Valley's age-friendly MOU: reviewed, varied, signed again (version 2), with its commitments
        b = Before.of(age);
        Commitment walkabout = commit(age, "Spring walkabout with older residents, and its report", "eastwell-age-friendly", "Grace Lin", LocalDate.of(2026, 6, 30), 1, null, "Bea Turner", "2026-04-07T10:00:00Z");
        Commitment answers = commit(age, "An answer to every finding of the walkabout", "wendshire-council", "Bea Turner", LocalDate.of(2026, 9, 30), 1, null, "Bea Turner", "2026-04-07T10:05:00Z");
        age.recordProgress(walkabout.id(), CommitmentStatus.DONE, 100, "Walkabout held on 14 May with 31 residents; report published with 17 findings.", "https://eastwell-age-friendly.example/walkabout-2026", "Grace Lin", at("2026-06-10T10:00:00Z"));
        age.recordProgress(answers.id(), CommitmentStatus.DONE, 100, "All 17 findings answered: 9 done, 6 planned, 2 not possible, with reasons.", "https://wendshire-council.example/age-friendly-eastwell", "Bea Turner", at("2026-09-22T10:00:00Z"));
        age.move(Move.REVIEW, null, "Bea Turner", at("2026-10-01T10:00:00Z"));
        AgreementText g = age.text();
        List<AgreementText.Clause> clauses = new ArrayList<>(List.of(g.clauses().get(0),
                new AgreementText.Clause("2. Acting", "The council answers each finding within two months, saying what it will do and when."),
                new AgreementText.Clause("3. Benches and toilets", "The council keeps a public list of benches and toilets open to the public, checked every quarter.")));
        age.edit(new Agreement.Draft(g.title(), age.kind(), g.purpose(), g.scope(), true, null, g.parties(), clauses, g.starts(), g.ends(), LocalDate.of(2027, 10, 1), g.fields(), List.of()),
                "Bea Turner", at("2026-10-15T10:00:00Z"));
        age.move(Move.VARY, null, "Bea Turner", at("2026-10-20T10:00:00Z"));
        age.sign(2, "eastwell-age-friendly", "Grace Lin", 0, at("2026-10-22T11:00:00Z"));
        age.sign(2, "wendshire-council", "Bea Turner", 0, at("2026-10-27T10:00:00Z"));
        delta("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b06", age, b, true);

        // Northgate Hill: a data sharing agreement waiting for the council's signature, and an MOU under review
        Agreement falls2 = new Agreement(new Board(0, ""), draft("Falls referral data sharing agreement", AgreementKind.DATA_SHARING,
            "Let the primary care network refer people at risk of falls to the council's falls service with what it needs to help them.",
            "Residents of Northgate Hill referred for falls prevention", true, null,
            new String[][]{{"northgate-hill-pcn", "Dr Kwame Mensah"}, {"wendshire-council", "Bea Turner"}},
            new String[][]{{"1. What is shared", "Name, address, date of birth, NHS number, falls history and mobility aids, for each person referred."},
                           {"2. How", "Referrals go through the shared referral system only; nothing by email."}},
            LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), LocalDate.of(2027, 12, 1),
            Map.of("dataCategories", "Identity and contact details, NHS number, falls history, mobility aids",
                   "retention", "Three years after the referral is closed", "jointControllers", "no",
                   "lawfulBasis:northgate-hill-pcn", "UK GDPR Article 6(1)(e) and Article 9(2)(h)",
                   "lawfulBasis:wendshire-council", "UK GDPR Article 6(1)(e) and Article 9(2)(h)")), "Dr Kwame Mensah", at("2026-11-03T10:00:00Z"));
        falls2.move(Move.SEND_FOR_SIGNATURE, null, "Dr Kwame Mensah", at("2026-11-20T10:00:00Z"));
        falls2.sign(1, "northgate-hill-pcn", "Dr Kwame Mensah", 0, at("2026-11-20T15:00:00Z"));
        emit("northgate-hill", "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b07", falls2, LocalDateTime.of(2026, 11, 3, 10, 0));

        Agreement homes = new Agreement(new Board(0, ""), draft("Damp and mould memorandum of understanding", AgreementKind.MOU,
            "Find and fix damp and mould in Northgate homes before it harms anyone's health.",
            "Tenants of Northgate Homes and their GPs", true, null,
            new String[][]{{"northgate-homes", "Sam Okafor"}, {"northgate-hill-pcn", "Dr Kwame Mensah"}},
            new String[][]{{"1. Referrals", "Practices refer any patient whose health suffers from damp at home; Northgate Homes inspects within five working days."},
                           {"2. Repairs", "Northgate Homes starts repairs within four weeks of the inspection and tells the practice when they are done."}},
            LocalDate.of(2025, 12, 1), LocalDate.of(2027, 11, 30), LocalDate.of(2026, 11, 15), Map.of()), "Dr Kwame Mensah", at("2025-11-10T10:00:00Z"));
        homes.move(Move.SEND_FOR_SIGNATURE, null, "Dr Kwame Mensah", at("2025-11-17T10:00:00Z"));
        homes.sign(1, "northgate-homes", "Sam Okafor", 0, at("2025-11-19T10:00:00Z"));
        homes.sign(1, "northgate-hill-pcn", "Dr Kwame Mensah", 0, at("2025-11-20T10:00:00Z"));
        Commitment inspect = commit(homes, "Inspections within five working days of a referral", "northgate-homes", "Sam Okafor", LocalDate.of(2026, 11, 30), 1, null, "Dr Kwame Mensah", "2025-11-21T10:00:00Z");
        homes.recordProgress(inspect.id(), CommitmentStatus.ON_TRACK, 90, "61 referrals this year; 57 inspected within five working days.", null, "Sam Okafor", at("2026-11-02T10:00:00Z"));
        homes.move(Move.REVIEW, null, "Dr Kwame Mensah", at("2026-11-16T10:00:00Z"));
        emit("northgate-hill", "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b08", homes, LocalDateTime.of(2025, 11, 10, 10, 0));
        commitments(homes, "(SELECT id FROM partnership_agreement WHERE uuid = " + q("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b08") + ")");

        // Eastwell Valley: a service level agreement under review
        Agreement link = new Agreement(new Board(0, ""), draft("Link worker service level agreement", AgreementKind.SLA,
            "Eastwell Age Friendly hosts a link worker for older patients referred by Eastwell Medical Group.", "Patients over 65 of Eastwell Medical Group", true, null,
            new String[][]{{"eastwell-medical-group", "Dr Helen Price"}, {"eastwell-age-friendly", "Grace Lin"}},
            new String[][]{{"1. The service", "A link worker sees each person referred within two weeks, for up to six conversations."},
                           {"2. Payment", "The practice pays £24,000 a year, quarterly in advance."}},
            LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2026, 11, 1), Map.of()), "Dr Helen Price", at("2025-11-20T10:00:00Z"));
        link.move(Move.SEND_FOR_SIGNATURE, null, "Dr Helen Price", at("2025-12-01T10:00:00Z"));
        link.sign(1, "eastwell-age-friendly", "Grace Lin", 0, at("2025-12-03T10:00:00Z"));
        link.sign(1, "eastwell-medical-group", "Dr Helen Price", 0, at("2025-12-04T10:00:00Z"));
        Commitment seen = commit(link, "Everyone referred seen within two weeks", "eastwell-age-friendly", "Grace Lin", LocalDate.of(2026, 12, 31), 1, null, "Dr Helen Price", "2025-12-05T10:00:00Z");
        link.recordProgress(seen.id(), CommitmentStatus.ON_TRACK, 75, "148 people seen this year; 139 within two weeks.", null, "Grace Lin", at("2026-10-01T10:00:00Z"));
        link.move(Move.REVIEW, null, "Dr Helen Price", at("2026-11-02T10:00:00Z"));
        emit("eastwell-valley", "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b09", link, LocalDateTime.of(2025, 11, 20, 10, 0));
        commitments(link, "(SELECT id FROM partnership_agreement WHERE uuid = " + q("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b09") + ")");
    }

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
        target = v11;
        later(fund, dsa, mou, sla, network, age);
        target = v12;
        evenLater(fund);
        String which = args.length > 0 ? args[0] : "V10";
        System.out.print(which.equals("V12") ? v12 : which.equals("V11") ? v11 : out);
    }

    /**
     * The loop, in Kingsmead: Rosa's proposal for strength and balance classes reached its five supports; the board
     * accepted it into a new commitment under the frailty pooled fund, which has moved on since.
     */
    static void evenLater(Agreement fund) throws Exception {
        Before b = Before.of(fund);
        Commitment classes = commit(fund, "Strength and balance classes at Kingsmead Leisure Centre, twice a week",
                "wendshire-council", "Bea Turner", LocalDate.of(2027, 1, 31), 1, null, "Bea Turner", "2026-11-02T10:00:00Z");
        BoardProposal proposal = new BoardProposal(new Board(0, ""), 0, "Strength and balance classes at the leisure centre",
                "kingsmead-general", 5, LocalDateTime.of(2026, 10, 9, 18, 30));
        fund.carryOut(classes.id(), proposal, "The board agreed at its meeting on 29 October: the pooled fund pays for two "
                + "classes a week, run by the leisure centre's instructors.", "Bea Turner", at("2026-11-02T10:05:00Z"));
        fund.recordProgress(classes.id(), CommitmentStatus.ON_TRACK, 50, "The Tuesday class started on 10 November "
                + "with 14 people; the Friday class starts in January.", "https://kingsmead-leisure.example/strength-and-balance",
                "Bea Turner", at("2026-11-12T09:00:00Z"));
        delta("6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01", fund, b, false);
        v12.append("UPDATE partnership_commitment SET proposal_thread_id = (SELECT id FROM forum_thread WHERE title = ")
           .append(q(proposal.title())).append("), proposal_title = ").append(q(proposal.title()))
           .append(", proposal_forum = 'kingsmead-general' WHERE sort_order = ").append(classes.sortOrder())
           .append(" AND agreement_id = (SELECT id FROM partnership_agreement WHERE uuid = '6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01');\n");
    }
}
