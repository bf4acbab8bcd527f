package org.carecommunities.referral.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.ServiceFacts;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.MoreNews;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.neighbourhood.OrganisationSummary;
import org.carecommunities.platform.RefusalsRollBack;
import org.carecommunities.platform.Text;
import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.domain.Referral;
import org.carecommunities.referral.states.ReferralState;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Referral news in a member's "new for you" and the header's count, never saying who was referred: for a group's
 * people, each new referral to its services; for a network's link workers, each referral a group declined, that
 * was not taken up in time, that the person stopped, or that the person answered (so they can try another
 * service). Worked out from the referrals of the last {@value #DAYS} days as they are; only what was read is kept.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class ReferralNews implements MoreNews {

    static final int DAYS = 90;
    static final int MOST = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    AssetMap assetMap;

    @Inject
    Clock clock;

    private record Owed(String key, Item item) {
    }

    @Override
    public String heading() {
        return Text.t("referral.news.heading");
    }

    @Override
    public List<Item> unread(long memberId) {
        Set<String> seen = seen(memberId);
        return owed(memberId, true).stream().filter(o -> !seen.contains(o.key())).map(Owed::item).limit(MOST)
                .toList();
    }

    /** Counted for the header on every page: the same news, without reading the services' names for its words. */
    @Override
    public int unreadCount(long memberId) {
        Set<String> seen = seen(memberId);
        return (int) owed(memberId, false).stream().filter(o -> !seen.contains(o.key())).limit(MOST).count();
    }

    @Override
    public void markAllRead(long memberId) {
        Set<String> seen = seen(memberId);
        LocalDateTime now = LocalDateTime.now(clock);
        owed(memberId, false).stream().filter(o -> !seen.contains(o.key())).forEach(o -> em.createNativeQuery(
                        "INSERT INTO referral_news_seen (member_id, item_key, seen_at) VALUES (?, ?, ?)")
                .setParameter(1, memberId).setParameter(2, o.key()).setParameter(3, now).executeUpdate());
    }

    private Set<String> seen(long memberId) {
        return new HashSet<>(em.createNativeQuery("SELECT item_key FROM referral_news_seen WHERE member_id = ?1")
                .setParameter(1, memberId).getResultList().stream().map(String::valueOf).toList());
    }

    /**
     * Everything the member's groups and network should hear of, newest first; {@code words}: with each item's
     * sentence (else only its key and when, enough to count or mark read).
     */
    private List<Owed> owed(long memberId, boolean words) {
        MemberDetails member = members.byIds(List.of(memberId)).get(memberId);
        if (member == null || member.organisations().isEmpty()) {
            return List.of();
        }
        Set<String> organisations = member.organisations();
        Set<String> networks = new HashSet<>();
        neighbourhoods.organisations(organisations).values().stream()
                .filter(o -> o.kind() == OrganisationKind.PRIMARY_CARE_NETWORK).map(OrganisationSummary::slug)
                .forEach(networks::add);
        LocalDateTime since = LocalDateTime.now(clock).minusDays(DAYS);
        List<Referral> toGroups = em.createQuery("SELECT r FROM Referral r WHERE r.groupSlug IN :groups AND "
                        + "r.state = :sent AND r.createdAt >= :since", Referral.class)
                .setParameter("groups", organisations).setParameter("sent", ReferralState.SENT)
                .setParameter("since", since).getResultList();
        List<Referral> byNetworks = networks.isEmpty() ? List.of() : em.createQuery("SELECT r FROM Referral r "
                        + "WHERE r.referrerNetwork IN :networks AND r.updatedAt >= :since AND (r.state IN :told "
                        + "OR r.personAnswer IS NOT NULL)", Referral.class)
                .setParameter("networks", networks).setParameter("since", since)
                .setParameter("told", List.of(ReferralState.DECLINED, ReferralState.TIMED_OUT, ReferralState.STOPPED))
                .getResultList();
        List<String> ids = new ArrayList<>();
        toGroups.forEach(r -> ids.add(r.serviceId()));
        byNetworks.forEach(r -> ids.add(r.serviceId()));
        Map<String, ServiceFacts> services = words ? assetMap.facts(ids) : Map.of();
        List<Owed> owed = new ArrayList<>();
        for (Referral r : toGroups) {
            owed.add(new Owed("new:" + r.reference(), new Item(Text.t("referral.news.new", "service",
                    name(services, r)), ReferralLinks.referral(r.reference()), r.createdAt())));
        }
        for (Referral r : byNetworks) {
            String href = ReferralLinks.referral(r.reference());
            String service = name(services, r);
            switch (r.state()) {
                case DECLINED -> owed.add(new Owed("declined:" + r.reference(), new Item(Text.t(
                        "referral.news.declined", "service", service, "reason", r.declineReason().label()), href,
                        r.updatedAt())));
                case TIMED_OUT -> owed.add(new Owed("timedOut:" + r.reference(), new Item(Text.t(
                        "referral.news.timedOut", "service", service), href, r.updatedAt())));
                case STOPPED -> owed.add(new Owed("stopped:" + r.reference(), new Item(Text.t(
                        "referral.news.stopped", "service", service), href, r.updatedAt())));
                default -> {
                }
            }
            if (r.personAnswer() != null) {
                owed.add(new Owed("answered:" + r.reference() + ":" + r.personAnswer().name(), new Item(Text.t(
                        "referral.news.answered", "service", service, "answer", r.personAnswer().label()), href,
                        r.updatedAt())));
            }
        }
        owed.sort(Comparator.comparing((Owed o) -> o.item().at()).reversed());
        return owed;
    }

    private static String name(Map<String, ServiceFacts> services, Referral r) {
        ServiceFacts s = services.get(r.serviceId());
        return s == null ? Text.t("referral.figures.goneService") : s.name();
    }
}
