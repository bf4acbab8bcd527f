package org.carecommunities.partnership.rights;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.PersonalData;
import org.carecommunities.partnership.domain.BoardPosition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The partnership boards' part of a member's data: their board seats, signatures, what they follow, and what
 * they wrote as a board member (progress, corrections, answers to proposals, minutes published). On erasure their
 * signatures stay, as the legal record of an agreement, under their organisation and the position they held
 * ("Chair (a former member)"); the agreements' audit trails and signed versions are that record too and are
 * never changed (each entry's hash covers who acted). Everything else that named them names a former member.
 */
@Dependent
public class PartnershipData implements PersonalData {

    static final String FORMER = "A former member";
    private static final String LEGAL_RECORD = "the legal record of an agreement: hash-chained or signed, never "
            + "changed (UK GDPR Article 17(3)(b) and (e)); who acted is kept under their organisation";
    private static final String BOARD_RECORD = "what the board agreed and did, in its own words";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public String module() {
        return "partnership";
    }

    @Override
    public JsonObject copy(MemberDetails member) {
        String name = member.displayName();
        return Json.createObjectBuilder()
                .add("board_seats", list("SELECT b.neighbourhood_id, m.organisation_name, m.board_role, m.joined_on, "
                        + "m.left_on FROM partnership_board_member m JOIN partnership_board b ON b.id = m.board_id "
                        + "WHERE m.member_id = ?1 ORDER BY m.joined_on, m.id", member.id(), "board_neighbourhood",
                        "organisation", "position", "joined_on", "left_on"))
                .add("signatures", list("SELECT v.agreement_id, v.version_number, s.organisation_slug, s.signed_by, "
                        + "s.signed_at, s.digest FROM partnership_signature s JOIN partnership_version v "
                        + "ON v.id = s.version_id WHERE s.member_id = ?1 ORDER BY s.signed_at", member.id(),
                        "agreement", "version", "organisation", "signed_as", "signed_at", "digest"))
                .add("chosen_to_sign", list("SELECT agreement_id, organisation_slug, signatory FROM partnership_party "
                        + "WHERE signatory_member_id = ?1 ORDER BY agreement_id", member.id(), "agreement",
                        "organisation", "as"))
                .add("following", list("SELECT agreement_id, commitment_id, followed FROM partnership_follow "
                        + "WHERE member_id = ?1 ORDER BY id", member.id(), "agreement", "commitment", "followed_at"))
                .add("meetings_minuted", list("SELECT id, starts_at FROM partnership_meeting WHERE minute_taker_id = ?1 "
                        + "ORDER BY starts_at", member.id(), "meeting", "starts_at"))
                .add("progress_written", list("SELECT commitment_id, at_time, status, progress, note "
                        + "FROM partnership_progress WHERE author = ?1 ORDER BY at_time", name, "commitment", "at",
                        "status", "progress", "note"))
                .add("minutes_corrections_written", list("SELECT meeting_id, at_time, body FROM "
                        + "partnership_minutes_correction WHERE author = ?1 ORDER BY at_time", name, "meeting", "at",
                        "correction"))
                .add("proposals_answered", list("SELECT thread_id, title, status, reason, decided_at FROM "
                        + "partnership_proposal WHERE decided_by = ?1 ORDER BY decided_at", name, "thread", "title",
                        "answer", "reason", "decided_at"))
                .add("commitments_led", list("SELECT id, what, organisation_name, due_on FROM partnership_commitment "
                        + "WHERE lead_name = ?1 ORDER BY id", name, "commitment", "what", "organisation", "due_on"))
                .build();
    }

    private JsonArray list(String sql, Object parameter, String... keys) {
        return PersonalData.rows(em, sql, parameter, keys);
    }

    @Override
    public void erase(MemberDetails member, Erasure erasure) {
        long id = member.id();
        // signatures and chosen signatories: the position they held for the organisation, not their name
        List<?> signed = em.createNativeQuery("SELECT s.id, s.organisation_slug FROM partnership_signature s "
                + "WHERE s.member_id = ?1").setParameter(1, id).getResultList();
        for (Object row : signed) {
            Object[] values = (Object[]) row;
            String as = position(id, (String) values[1]);
            em.createNativeQuery("UPDATE partnership_signature SET signatory = ?2, signed_by = ?2, member_id = ?3 "
                    + "WHERE id = ?1").setParameter(1, values[0]).setParameter(2, as).setParameter(3, NOBODY)
                    .executeUpdate();
        }
        List<?> chosen = em.createNativeQuery("SELECT id, organisation_slug FROM partnership_party "
                + "WHERE signatory_member_id = ?1").setParameter(1, id).getResultList();
        for (Object row : chosen) {
            Object[] values = (Object[]) row;
            em.createNativeQuery("UPDATE partnership_party SET signatory = ?2, signatory_member_id = NULL WHERE id = ?1")
                    .setParameter(1, values[0]).setParameter(2, position(id, (String) values[1])).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM partnership_follow WHERE member_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE partnership_meeting SET minute_taker_id = NULL WHERE minute_taker_id = ?1")
                .setParameter(1, id).executeUpdate();
        // seats end today if still held, and keep the organisation and position
        em.createNativeQuery("UPDATE partnership_board_member SET left_on = ?2 WHERE member_id = ?1 AND left_on IS NULL")
                .setParameter(1, id).setParameter(2, LocalDate.now(clock)).executeUpdate();
        em.createNativeQuery("UPDATE partnership_board_member SET member_name = ?2, member_id = ?3 WHERE member_id = ?1")
                .setParameter(1, id).setParameter(2, FORMER).setParameter(3, NOBODY).executeUpdate();
        for (String sql : List.of("UPDATE partnership_progress SET author = ?2 WHERE author = ?1",
                "UPDATE partnership_minutes_correction SET author = ?2 WHERE author = ?1",
                "UPDATE partnership_proposal SET decided_by = ?2 WHERE decided_by = ?1",
                "UPDATE partnership_meeting SET minutes_published_by = ?2 WHERE minutes_published_by = ?1",
                "UPDATE partnership_commitment SET lead_name = ?2 WHERE lead_name = ?1")) {
            em.createNativeQuery(sql).setParameter(1, member.displayName()).setParameter(2, FORMER).executeUpdate();
        }
    }

    /** "Chair (a former member)": the position the member held on a board for the organisation. */
    private String position(long memberId, String organisation) {
        List<?> held = em.createNativeQuery("SELECT board_role FROM partnership_board_member WHERE member_id = ?1 "
                + "AND organisation_slug = ?2 ORDER BY joined_on DESC, id DESC").setParameter(1, memberId)
                .setParameter(2, organisation).setMaxResults(1).getResultList();
        String position = held.isEmpty() ? BoardPosition.MEMBER.label()
                : BoardPosition.valueOf(String.valueOf(held.get(0))).label();
        return position + " (a former member)";
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.covered("partnership_board_member"), Table.covered("partnership_signature"),
                Table.covered("partnership_party"), Table.covered("partnership_follow"),
                Table.covered("partnership_meeting"), Table.covered("partnership_progress"),
                Table.covered("partnership_minutes_correction"), Table.covered("partnership_proposal"),
                Table.covered("partnership_commitment"),
                Table.exempt("partnership_audit", LEGAL_RECORD), Table.exempt("partnership_version", LEGAL_RECORD),
                Table.exempt("partnership_agreement", BOARD_RECORD), Table.exempt("partnership_clause", BOARD_RECORD),
                Table.exempt("partnership_field", BOARD_RECORD), Table.exempt("partnership_milestone", BOARD_RECORD),
                Table.exempt("partnership_agenda_item", BOARD_RECORD),
                Table.exempt("partnership_commitment_citation", BOARD_RECORD),
                Table.exempt("partnership_board", BOARD_RECORD));
    }
}
