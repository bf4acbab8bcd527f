package org.carecommunities.assetmap.stewardship;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.openreferral.FeedCopies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.domain.FeedCopy;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.domain.Suggestion;
import org.carecommunities.identity.MoreNews;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * What a steward's groups owe, in their "new for you" (and the header's count) until read: each service's review
 * reminder, again at each level it escalates to (three months before a listing shows "may be out of date", then
 * sooner, then urgent, then out of date), and each new suggestion about a service. Each links to the group's page,
 * where the to-do list is. Worked out from the services and suggestions as they are; only what was read is kept.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class StewardNews implements MoreNews {

    /** The most news the page lists. */
    static final int MOST = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Clock clock;

    @Inject
    Stewardship stewardship;

    @Inject
    FeedCopies feedCopies;


    /** A piece of news with the key it is read by, and the neighbourhood of the service it is about. */
    record Owed(String key, Item item, long neighbourhoodId) {
    }

    @Override
    public String heading() {
        return Text.t("assetmap.news.heading");
    }

    @Override
    public List<Item> unread(long memberId) {
        Set<String> seen = seen(memberId);
        return owed(memberId).stream().filter(o -> !seen.contains(o.key())).map(Owed::item).limit(MOST).toList();
    }

    @Override
    public void markAllRead(long memberId) {
        Set<String> seen = seen(memberId);
        LocalDateTime now = LocalDateTime.now(clock);
        owed(memberId).stream().filter(o -> !seen.contains(o.key())).forEach(o -> em.createNativeQuery(
                        "INSERT INTO asset_steward_seen (member_id, item_key, seen_at) VALUES (?, ?, ?)")
                .setParameter(1, memberId).setParameter(2, o.key()).setParameter(3, now).executeUpdate());
    }

    /**
     * Everything the member's groups owe now, newest first: reviews by level, suggestions waiting, and directories'
     * updates waiting to be taken or left.
     */
    List<Owed> owed(long memberId) {
        // the groups the member acts for, as their last sign-in said (roles live in the sign-in, not here): a group's
        // services are listed on the map only by its stewards, so its people hear what it owes
        MemberDetails member = members.byIds(List.of(memberId)).get(memberId);
        if (member == null || member.organisations().isEmpty()) {
            return List.of();
        }
        List<String> groups = List.copyOf(member.organisations());
        LocalDate today = LocalDate.now(clock);
        List<Owed> owed = new ArrayList<>();
        stewardship.dueForReview(groups, today).forEach(s -> {
                    ReviewDue.Level level = stewardship.reviewLevel(s, today);
                    if (level != null) {
                        owed.add(new Owed(reminderKey(s.uuid(), level), new Item(Text.t("assetmap.news.review",
                                "service", s.details().name(), "level",
                                        level.label().toLowerCase(Text.current().locale()), "day",
                                org.carecommunities.platform.Dates.day(s.reviewedOn())),
                                AssetMapLinks.group(s.groupSlug()) + "#to-do", remindedAt(s.reviewedOn(), level)),
                                s.neighbourhoodId()));
                    }
                });
        em.createQuery("SELECT g FROM Suggestion g JOIN FETCH g.service s WHERE s.groupSlug IN :groups AND "
                        + "g.closedAt IS NULL AND g.answeredAt IS NULL", Suggestion.class)
                .setParameter("groups", groups).getResultStream()
                .forEach(g -> owed.add(new Owed("suggestion:" + g.id(), new Item(Text.t("assetmap.news.suggestion",
                        "service", g.service().details().name(), "kind",
                        g.kind().label().toLowerCase(Text.current().locale())),
                        AssetMapLinks.group(g.service().groupSlug()) + "#inbox", g.createdAt()),
                        g.service().neighbourhoodId())));
        feedCopies.waitingIn(groups).forEach(w -> {
            FeedCopy copy = w.copy();
            Service s = w.service();
            owed.add(new Owed("update:" + s.id() + ":" + copy.offeredDigest().substring(0, 16), new Item(
                    Text.t("assetmap.news.update", "service", s.details().name()),
                    AssetMapLinks.group(s.groupSlug()) + "#updates", copy.offeredAt()), s.neighbourhoodId()));
        });
        owed.sort(Comparator.comparing((Owed o) -> o.item().at()).reversed());
        return owed;
    }

    /** The key a review reminder is read by: a new level is news again. */
    static String reminderKey(String serviceId, ReviewDue.Level level) {
        return "review:" + serviceId + ":" + level.name();
    }

    /** When a reminder at that level began (the month it reached it, from the review date). */
    private LocalDateTime remindedAt(LocalDate reviewedOn, ReviewDue.Level level) {
        int before = switch (level) {
            case FIRST -> 3;
            case SECOND -> 2;
            case URGENT -> 1;
            case OUT_OF_DATE -> 0;
        };
        return reviewedOn.plusMonths(stewardship.reviewMonths() - (long) before).atStartOfDay();
    }

    private Set<String> seen(long memberId) {
        return new HashSet<>(em.createNativeQuery("SELECT item_key FROM asset_steward_seen WHERE member_id = ?")
                .setParameter(1, memberId).getResultList().stream().map(String::valueOf).toList());
    }
}
