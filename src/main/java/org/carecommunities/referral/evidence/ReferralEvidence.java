package org.carecommunities.referral.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.ServiceFacts;
import org.carecommunities.partnership.BoardEvidence;
import org.carecommunities.platform.RefusalsRollBack;
import org.carecommunities.platform.Text;
import org.carecommunities.referral.states.DeclineReason;
import org.carecommunities.referral.states.ReferralState;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Referrals' totals for a neighbourhood's board, from the facts a referral keeps (never its sealed details): per
 * service and per category, how many were referred, accepted, came and were declined, how long the groups took to
 * answer; why groups declined; the services that turned most away for being full, whose declines are also among
 * the neighbourhood's unmet needs. Counts from 1 to 4 say "fewer than 5" ({@link SmallNumbers}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RefusalsRollBack
public class ReferralEvidence implements BoardEvidence {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AssetMap assetMap;

    /** A referral's facts, as counted. */
    private record Fact(String serviceId, ReferralState state, DeclineReason declined, LocalDateTime sent,
                        LocalDateTime accepted, LocalDateTime closed) {

        /** When the group first answered (accepted or declined), or null while it has not. */
        LocalDateTime answered() {
            return accepted != null ? accepted : declined != null ? closed : null;
        }
    }

    private List<Fact> facts(long neighbourhoodId, LocalDate since) {
        return em.createQuery("SELECT r.serviceId, r.state, r.declineReason, r.createdAt, r.acceptedAt, r.closedAt "
                        + "FROM Referral r WHERE r.neighbourhoodId = :n AND r.createdAt >= :since", Object[].class)
                .setParameter("n", neighbourhoodId).setParameter("since", since.atStartOfDay()).getResultStream()
                .map(r -> new Fact((String) r[0], (ReferralState) r[1], (DeclineReason) r[2], (LocalDateTime) r[3],
                        (LocalDateTime) r[4], (LocalDateTime) r[5])).toList();
    }

    @Override
    public List<Seen> unmet(long neighbourhoodId, LocalDate since) {
        Map<String, Long> full = fullByService(facts(neighbourhoodId, since));
        Map<String, ServiceFacts> services = assetMap.facts(full.keySet());
        return full.entrySet().stream().map(e -> new Seen("unmet:referral:full:" + e.getKey(),
                Text.t("referral.figures.unmetFull", "service", name(services, e.getKey())), e.getValue())).toList();
    }

    private static Map<String, Long> fullByService(List<Fact> facts) {
        Map<String, Long> full = new TreeMap<>();
        facts.stream().filter(f -> f.declined() == DeclineReason.FULL)
                .forEach(f -> full.merge(f.serviceId(), 1L, Long::sum));
        return full;
    }

    private static String name(Map<String, ServiceFacts> services, String id) {
        ServiceFacts s = services.get(id);
        return s == null ? Text.t("referral.figures.goneService") : Text.t("referral.figures.serviceOf", "service",
                s.name(), "group", s.group());
    }

    @Override
    public List<Figures> figures(long neighbourhoodId, LocalDate since) {
        List<Fact> facts = facts(neighbourhoodId, since);
        Map<String, ServiceFacts> services = assetMap.facts(facts.stream().map(Fact::serviceId).distinct().toList());
        List<Figures> figures = new ArrayList<>();
        figures.add(byService(facts, services));
        figures.add(byCategory(facts, services));
        figures.add(declines(facts));
        Map<String, Long> full = fullByService(facts);
        figures.add(new Figures("referrals-full", Text.t("referral.figures.fullTitle"),
                List.of(Text.t("referral.figures.service"), Text.t("referral.figures.declinedFull")),
                full.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .map(e -> List.of(name(services, e.getKey()), SmallNumbers.count(e.getValue()))).toList(),
                null));
        return figures;
    }

    private static Figures byService(List<Fact> facts, Map<String, ServiceFacts> services) {
        Map<String, List<Fact>> grouped = new LinkedHashMap<>();
        facts.stream().sorted(Comparator.comparing(f -> name(services, f.serviceId())))
                .forEach(f -> grouped.computeIfAbsent(f.serviceId(), k -> new ArrayList<>()).add(f));
        List<List<String>> rows = grouped.entrySet().stream().map(e -> List.of(name(services, e.getKey()),
                SmallNumbers.count(e.getValue().size()),
                SmallNumbers.count(e.getValue().stream().filter(f -> f.accepted() != null).count()),
                SmallNumbers.count(e.getValue().stream().filter(f -> f.state() == ReferralState.ATTENDED).count()),
                SmallNumbers.count(e.getValue().stream().filter(f -> f.declined() != null).count()),
                SmallNumbers.medianDays(e.getValue().stream().filter(f -> f.answered() != null)
                        .map(f -> Duration.between(f.sent(), f.answered()).toDays()).toList()))).toList();
        return new Figures("referrals-by-service", Text.t("referral.figures.byServiceTitle", "total",
                SmallNumbers.count(facts.size())), List.of(Text.t("referral.figures.service"),
                Text.t("referral.figures.referred"), Text.t("referral.figures.accepted"),
                Text.t("referral.figures.came"), Text.t("referral.figures.declined"),
                Text.t("referral.figures.waited")), rows, Text.t("referral.figures.note", "least",
                SmallNumbers.LEAST, "highest", SmallNumbers.LEAST - 1));
    }

    private static Figures byCategory(List<Fact> facts, Map<String, ServiceFacts> services) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Fact f : facts) {
            ServiceFacts s = services.get(f.serviceId());
            for (String category : s == null ? List.<String>of() : s.categories()) {
                long[] c = counts.computeIfAbsent(category, k -> new long[2]);
                c[0]++;
                if (f.state() == ReferralState.ATTENDED) {
                    c[1]++;
                }
            }
        }
        return new Figures("referrals-by-category", Text.t("referral.figures.byCategoryTitle"),
                List.of(Text.t("referral.figures.category"), Text.t("referral.figures.referred"),
                        Text.t("referral.figures.came")),
                counts.entrySet().stream().map(e -> List.of(e.getKey(), SmallNumbers.count(e.getValue()[0]),
                        SmallNumbers.count(e.getValue()[1]))).toList(), null);
    }

    private static Figures declines(List<Fact> facts) {
        List<List<String>> rows = new ArrayList<>();
        for (DeclineReason reason : DeclineReason.values()) {
            long n = facts.stream().filter(f -> f.declined() == reason).count();
            if (n > 0) {
                rows.add(List.of(reason.label(), SmallNumbers.count(n)));
            }
        }
        return new Figures("referral-declines", Text.t("referral.figures.declinesTitle"),
                List.of(Text.t("referral.figures.why"), Text.t("referral.figures.declined")), rows, null);
    }
}
