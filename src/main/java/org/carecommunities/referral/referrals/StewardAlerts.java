package org.carecommunities.referral.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.platform.Mailer;
import org.carecommunities.platform.RefusalsRollBack;
import org.carecommunities.platform.Text;
import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.domain.Referral;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A steward's choice of an email each time a referral to their group arrives, and the email: it says only that a
 * referral came and where to read it, never who, so a mailbox holds nothing of the person. Sent to those who chose
 * it and still belong to the group, each in their own language.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class StewardAlerts {

    private static final Logger LOG = Logger.getLogger(StewardAlerts.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    /** The groups this steward has chosen an email for. */
    public Set<String> chosen(MemberDetails member) {
        return Set.copyOf(em.createNativeQuery("SELECT group_slug FROM referral_alert WHERE member_id = ?1")
                .setParameter(1, member.id()).getResultList().stream().map(String::valueOf).toList());
    }

    /** The steward chooses (or stops) an email for each of these of their groups; the others are left as they are. */
    public void choose(MemberDetails member, Set<String> groups, boolean on) {
        for (String group : groups) {
            if (!Referrals.stewarded(member).contains(group)) {
                continue;
            }
            em.createNativeQuery("DELETE FROM referral_alert WHERE member_id = ?1 AND group_slug = ?2")
                    .setParameter(1, member.id()).setParameter(2, group).executeUpdate();
            if (on) {
                em.createNativeQuery("INSERT INTO referral_alert (member_id, group_slug, chosen_at) VALUES (?1, ?2, "
                        + "?3)").setParameter(1, member.id()).setParameter(2, group)
                        .setParameter(3, Timestamp.valueOf(LocalDateTime.now(clock))).executeUpdate();
            }
        }
    }

    /** Emails those who chose it that a referral arrived for their group; how many went. */
    public int tell(String reference) {
        Referral referral = em.createNamedQuery(Referral.BY_REFERENCE, Referral.class)
                .setParameter("reference", reference).getResultStream().findFirst().orElse(null);
        if (referral == null) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("SELECT member_id FROM referral_alert WHERE group_slug = ?1")
                .setParameter(1, referral.groupSlug()).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
        Map<Long, MemberDetails> found = members.byIds(ids);
        int sent = 0;
        for (long id : ids) {
            MemberDetails steward = found.get(id);
            String to = steward == null || !steward.organisations().contains(referral.groupSlug()) ? null
                    : members.email(id).orElse(null);
            if (to == null) {
                continue;
            }
            Text.Language language = members.language(id).map(Text::language).orElse(Text.english());
            String link = baseUrl.replaceAll("/+$", "") + ReferralLinks.REFERRALS;
            String text = Text.in(language, () -> Text.t("referral.alert.text", "link", link));
            try {
                mailer.send(new Mailer.Letter(to, Text.in(language, () -> Text.t("referral.alert.subject")), text,
                        "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                .replace("\n", "<br>") + "</p>", Map.of()));
                sent++;
            } catch (jakarta.mail.MessagingException | RuntimeException e) {
                LOG.warning(() -> "The alert of referral " + referral.id() + " to member " + id + " could not go: "
                        + e.getClass().getSimpleName());
            }
        }
        return sent;
    }
}
