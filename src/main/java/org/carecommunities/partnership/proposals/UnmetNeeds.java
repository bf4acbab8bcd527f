package org.carecommunities.partnership.proposals;

import org.carecommunities.platform.Text;
import org.carecommunities.partnership.agreements.Agreements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.UnmetSearch;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * Where help is missing in a neighbourhood, for its board: asset map searches there that found nothing (counted by
 * the asset map with their words and filters only) and threads members flagged "I couldn't find a service for
 * this" (counted by the forum, never named), over the last {@value #DAYS} days, most frequent first. A search
 * whose words are only the start of another's with the same filters (typing as the finder searched) is left out.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class UnmetNeeds {

    static final int DAYS = 90;
    /** The most needs the board's list shows. */
    static final int MOST = 100;

    @Inject
    AssetMap assetMap;

    @Inject
    org.carecommunities.forum.UnmetFlags unmetFlags;


    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    jakarta.enterprise.inject.Instance<org.carecommunities.partnership.BoardEvidence> evidence;

    @Inject
    Agreements agreements;

    @Inject
    Clock clock;

    /** A need is listed once seen this many times (a search made, a thread flagged by different members). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "partnership.unmet.min.times", defaultValue = "2")
    long minTimes;

    /** The neighbourhood's unmet needs, for its board. */
    public Outcome<List<UnmetNeed>> of(String neighbourhoodSlug, MemberDetails member) {
        return boardOf(neighbourhoodSlug, member).map(this::needs);
    }

    /** The neighbourhood, for a member of its board; refused for anyone else, or a neighbourhood there is not. */
    private Outcome<NeighbourhoodSummary> boardOf(String neighbourhoodSlug, MemberDetails member) {
        Optional<NeighbourhoodSummary> place = neighbourhoods.withSlug(neighbourhoodSlug);
        if (place.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("partnership.none.neighbourhood")));
        }
        if (!agreements.onBoard(member, neighbourhoodSlug)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.unmetNeeds")));
        }
        return Outcome.done(place.get());
    }

    /** The figures later modules give the neighbourhood's board (referrals' totals), over the same days. */
    public List<org.carecommunities.partnership.BoardEvidence.Figures> figures(NeighbourhoodSummary place) {
        LocalDate since = LocalDate.now(clock).minusDays(DAYS);
        return evidence.stream().flatMap(e -> e.figures(place.id(), since).stream()).toList();
    }

    /** The neighbourhood's figures, for its board (refused as {@link #of} is). */
    public Outcome<List<org.carecommunities.partnership.BoardEvidence.Figures>> figuresOf(String neighbourhoodSlug,
                                                                                         MemberDetails member) {
        return boardOf(neighbourhoodSlug, member).map(this::figures);
    }

    /**
     * The needs, for the board's agenda suggestions (no check: the caller has made it): those seen at least
     * {@code partnership.unmet.min.times} times, the {@value #MOST} most frequent, ranked in one pass. A search
     * whose words begin a longer search's with the same filters is someone typing, and left out: sorted by
     * filters then words, such a search is followed at once by one it begins.
     */
    public List<UnmetNeed> needs(NeighbourhoodSummary place) {
        LocalDate since = LocalDate.now(clock).minusDays(DAYS);
        List<UnmetSearch> searches = new ArrayList<>(assetMap.unmetSearches(place.id(), since, minTimes, MOST));
        searches.sort(Comparator.comparing(UnmetSearch::filters).thenComparing(UnmetSearch::words));
        List<UnmetNeed> needs = new ArrayList<>();
        for (int i = 0; i < searches.size(); i++) {
            UnmetSearch s = searches.get(i);
            UnmetSearch after = i + 1 < searches.size() ? searches.get(i + 1) : null;
            boolean typing = after != null && after.filters().equals(s.filters())
                    && after.words().length() > s.words().length() && after.words().startsWith(s.words());
            if (!typing) {
                String label = Text.t("partnership.unmet.search", "hasWords", String.valueOf(!s.words().isEmpty()),
                        "words", s.words(), "hasFilters", String.valueOf(!s.filters().isEmpty()), "filters",
                        s.filtersInWords());
                needs.add(new UnmetNeed("unmet:search:" + UUID.nameUUIDFromBytes((s.words() + "|" + s.filters())
                        .getBytes(StandardCharsets.UTF_8)), label, s.times(), null, null));
            }
        }
        unmetFlags.threads(place.id(), since.atStartOfDay()).stream().filter(t -> t.flags() >= minTimes)
                .limit(MOST).forEach(t -> needs.add(new UnmetNeed("unmet:thread:" + t.threadId(),
                        Text.t("partnership.unmet.thread", "title", t.title()), t.flags(),
                        t.threadId(), t.forumSlug())));
        evidence.stream().flatMap(e -> e.unmet(place.id(), since).stream()).filter(s -> s.times() >= minTimes)
                .forEach(s -> needs.add(new UnmetNeed(s.key(), s.label(), s.times(), null, null)));
        needs.sort(Comparator.comparingLong(UnmetNeed::times).reversed().thenComparing(UnmetNeed::label));
        return needs.size() > MOST ? List.copyOf(needs.subList(0, MOST)) : needs;
    }
}
