package org.carecommunities.benchmark;

import org.carecommunities.partnership.domain.AgreementText;
import org.carecommunities.partnership.domain.AuditTrail;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partnership's scale data, made small (scale 0.01) on a database with the schema and the demo: written whole,
 * every agreement's audit trail read back from its rows holds under the portal's own check, and the ids moved on.
 */
class GeneratePartnershipTest {

    @Test
    void writesSmallScaleDataWhoseAuditTrailsHold() throws SQLException {
        String url = "jdbc:derby:memory:scale-partnership;create=true";
        ScaleData.migrate(url, null, null);
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            long agreementsBefore = ScaleData.number(db, "SELECT COUNT(*) FROM partnership_agreement");
            GeneratePartnership.Counts counts = GeneratePartnership.generate(db, 0.01, new Random(24));
            db.commit();
            assertEquals(20, counts.agreements());
            assertEquals(200, counts.commitments());
            assertEquals(6, counts.boardMembers());
            assertEquals(10, counts.inForce(), "half the agreements signed by both parties");
            assertEquals(25, counts.signatures(), "in force: two each; awaiting the second: one each");
            assertEquals(70, counts.progress(), "two commitments in three of those in force");
            assertEquals(agreementsBefore + 20, ScaleData.number(db, "SELECT COUNT(*) FROM partnership_agreement"));
            int checked = 0;
            for (Long id : ScaleData.numbers(db, "SELECT a.id FROM partnership_agreement a JOIN partnership_board b "
                    + "ON b.id = a.board_id JOIN neighbourhood n ON n.id = b.neighbourhood_id "
                    + "WHERE n.slug LIKE 'scale-%'")) {
                AuditTrail.Verification verification = AuditTrail.verify(trail(db, id),
                        ScaleData.strings(db, "SELECT audit_head FROM partnership_agreement WHERE id = " + id).get(0)
                                .trim());
                assertTrue(verification.holds(), "agreement " + id + ": " + verification.reason());
                checked++;
            }
            assertEquals(20, checked);
            String scale = " JOIN partnership_board b ON b.id = a.board_id JOIN neighbourhood n "
                    + "ON n.id = b.neighbourhood_id WHERE n.slug LIKE 'scale-%'";
            for (var status : java.util.Map.of("ACTIVE", 10L, "AWAITING_SIGNATURES", 5L, "DRAFT", 5L).entrySet()) {
                assertEquals(status.getValue(), ScaleData.number(db, "SELECT COUNT(*) FROM partnership_agreement a"
                        + scale + " AND a.status = '" + status.getKey() + "'"), status.getKey());
            }
            // every frozen version's digest is its text's, as the portal checks a signed version
            int versions = 0;
            try (ResultSet rows = db.createStatement().executeQuery("SELECT v.digest, v.canonical FROM "
                    + "partnership_version v JOIN partnership_agreement a ON a.id = v.agreement_id" + scale)) {
                while (rows.next()) {
                    assertEquals(rows.getString(1).trim(), AgreementText.digestOf(rows.getString(2)));
                    versions++;
                }
            }
            assertEquals(15, versions);
            // each signature is by the member chosen for its party, who sits on the board for that organisation
            assertEquals(25L, ScaleData.number(db, "SELECT COUNT(*) FROM partnership_signature s "
                    + "JOIN partnership_version v ON v.id = s.version_id JOIN partnership_agreement a "
                    + "ON a.id = v.agreement_id JOIN partnership_party p ON p.agreement_id = a.id "
                    + "AND p.organisation_slug = s.organisation_slug AND p.signatory_member_id = s.member_id "
                    + "JOIN partnership_board_member m ON m.board_id = a.board_id AND m.member_id = s.member_id "
                    + "AND m.organisation_slug = s.organisation_slug JOIN member u ON u.id = s.member_id" + scale));
            assertEquals(70L, ScaleData.number(db, "SELECT COUNT(*) FROM partnership_progress p "
                    + "JOIN partnership_commitment c ON c.id = p.commitment_id JOIN partnership_agreement a "
                    + "ON a.id = c.agreement_id" + scale.replace("WHERE", "WHERE a.status = 'ACTIVE' AND")));
            // the tables' own counters were moved past the ids given: the next row the portal adds fits
            db.createStatement().execute("INSERT INTO partnership_board (neighbourhood_id, purpose) "
                    + "VALUES (999999, 'A board after the scale data')");
            db.rollback();
        }
    }

    private static List<AuditTrail.Entry> trail(Connection db, long agreement) throws SQLException {
        List<AuditTrail.Entry> entries = new ArrayList<>();
        try (PreparedStatement read = db.prepareStatement("SELECT seq, at_time, actor, what, detail, previous_hash, "
                + "entry_hash FROM partnership_audit WHERE agreement_id = ? ORDER BY seq")) {
            read.setLong(1, agreement);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditTrail.Entry(rows.getLong(1), rows.getTimestamp(2).toLocalDateTime()
                            .toInstant(ZoneOffset.UTC), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getString(6).trim(), rows.getString(7).trim()));
                }
            }
        }
        return entries;
    }
}
