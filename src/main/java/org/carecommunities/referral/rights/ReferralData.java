package org.carecommunities.referral.rights;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.PersonalData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The referral module's part of a member's data: the referrals they made (which service, when, where each is;
 * never the people's details, which are those people's), the steps they recorded, and the referrals' details they
 * read. Erasing the member leaves the referrals (their network's and the group's) without who made or moved them.
 * A closed referral's personal details are erased after {@code retention.referral.days} (90 by default).
 */
@Dependent
public class ReferralData implements PersonalData {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "retention.referral.days", defaultValue = "90")
    int referralDays;

    @Override
    public String module() {
        return "referral";
    }

    @Override
    public JsonObject copy(MemberDetails member) {
        return Json.createObjectBuilder()
                .add("referrals_made", PersonalData.rows(em, "SELECT reference, service_id, state, created_at, "
                        + "closed_at FROM referral WHERE referrer_id = ?1 ORDER BY id", member.id(), "referral",
                        "service", "state", "sent_at", "closed_at"))
                .add("referral_steps_recorded", PersonalData.rows(em, "SELECT r.reference, s.state, s.step_at FROM "
                        + "referral_step s JOIN referral r ON r.id = s.referral_id WHERE s.by_member = ?1 "
                        + "ORDER BY s.step_at", member.id(), "referral", "state", "at"))
                .add("referral_details_read", PersonalData.rows(em, "SELECT r.reference, v.viewed_at FROM "
                        + "referral_view v JOIN referral r ON r.id = v.referral_id WHERE v.viewer_id = ?1 "
                        + "ORDER BY v.viewed_at", member.id(), "referral", "read_at"))
                .add("referral_emails_chosen", PersonalData.rows(em, "SELECT group_slug, chosen_at FROM "
                        + "referral_alert WHERE member_id = ?1 ORDER BY group_slug", member.id(), "group", "chosen_at"))
                .add("referral_news_read", PersonalData.rows(em, "SELECT item_key, seen_at FROM referral_news_seen "
                        + "WHERE member_id = ?1 ORDER BY seen_at", member.id(), "news", "read_at"))
                .build();
    }

    @Override
    public void erase(MemberDetails member, Erasure erasure) {
        em.createNativeQuery("UPDATE referral SET referrer_id = NULL WHERE referrer_id = ?1")
                .setParameter(1, member.id()).executeUpdate();
        em.createNativeQuery("UPDATE referral_step SET by_member = NULL WHERE by_member = ?1")
                .setParameter(1, member.id()).executeUpdate();
        em.createNativeQuery("DELETE FROM referral_news_seen WHERE member_id = ?1").setParameter(1, member.id())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM referral_alert WHERE member_id = ?1").setParameter(1, member.id())
                .executeUpdate();
    }

    /** Erases the personal details of referrals closed longer ago than the period: the facts stay, for counts. */
    @Override
    public int expire(LocalDateTime now) {
        return em.createNativeQuery("UPDATE referral SET details = NULL, erased_at = ?1 "
                        + "WHERE closed_at < ?2 AND erased_at IS NULL")
                .setParameter(1, Timestamp.valueOf(now)).setParameter(2, Timestamp.valueOf(now.minusDays(referralDays)))
                .executeUpdate();
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.covered("referral"), Table.covered("referral_step"), Table.covered("referral_news_seen"),
                Table.covered("referral_alert"),
                Table.exempt("referral_view", "who read a person's details and when: the person's record of it, "
                        + "kept as it is; the reader's copy lists theirs"),
                Table.exempt("referral_intake", "whether a service takes referrals: the group's, not a person's"));
    }
}
