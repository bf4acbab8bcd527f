package org.carecommunities.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.UnmetSearch;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.Forums;
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

/**
 * Where help is missing in a neighbourhood, for its board: asset map searches there that found nothing (counted by
 * the asset map with their words and filters only) and threads members flagged "I couldn't find a service for
 * this" (counted by the forum, never named), over the last {@value #DAYS} days, most frequent first. A search
 * whose words are only the start of another's with the same filters (typing as the finder searched) is left out.
 */
@ApplicationScoped
@Transactional
public class UnmetNeeds {

    static final int DAYS = 90;

    @Inject
    AssetMap assetMap;

    @Inject
    Forums forums;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Agreements agreements;

    @Inject

    Clock clock;

    /** The neighbourhood's unmet needs, for its board. */
    public Outcome<List<UnmetNeed>> of(String neighbourhoodSlug, MemberDetails member) {
        Optional<NeighbourhoodSummary> place = neighbourhoods.withSlug(neighbourhoodSlug);
        if (place.isEmpty()) {
            return Outcome.refused(Refusal.notFound("There is no such neighbourhood."));
        }
        if (!agreements.onBoard(member, neighbourhoodSlug)) {
            return Outcome.refused(Refusal.notPermitted("The unmet needs list is the neighbourhood's board's."));
        }
        return Outcome.done(needs(place.get()));
    }

    /** The needs, for the board's agenda suggestions (no check: the caller has made it). */
    List<UnmetNeed> needs(NeighbourhoodSummary place) {
        LocalDate since = LocalDate.now(clock).minusDays(DAYS);
        List<UnmetSearch> searches = assetMap.unmetSearches(place.id(), since);
        List<UnmetNeed> needs = new ArrayList<>();
        for (UnmetSearch s : searches) {
            boolean typing = searches.stream().anyMatch(o -> o != s && o.filters().equals(s.filters())
                    && o.words().length() > s.words().length() && o.words().startsWith(s.words()));
            if (!typing) {
                String label = (s.words().isEmpty() ? "Searched" : "Searched for “" + s.words() + "”")
                        + (s.filters().isEmpty() ? "" : " (" + s.filters() + ")") + " and found nothing";
                needs.add(new UnmetNeed("unmet:search:" + UUID.nameUUIDFromBytes((s.words() + "|" + s.filters())
                        .getBytes(StandardCharsets.UTF_8)), label, s.times(), null));
            }
        }
        forums.unmetThreads(place.id(), since.atStartOfDay()).forEach(t -> needs.add(new UnmetNeed(
                "unmet:thread:" + t.threadId(), "“" + t.title() + "”: members couldn't find a service for this",
                t.flags(), ForumLinks.thread(t.forumSlug(), t.threadId()))));
        needs.sort(Comparator.comparingLong(UnmetNeed::times).reversed().thenComparing(UnmetNeed::label));
        return needs;
    }
}
