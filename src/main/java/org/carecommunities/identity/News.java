package org.carecommunities.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.domain.MemberNews;
import org.carecommunities.platform.RefusalsRollBack;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A member's news, one model for every module: a module tells members a {@link NewsFact} (facts, never words),
 * and when the news is shown the module that owns its kind writes its words and link ({@link NewsWords}), for the
 * reader as they are then (what they may still see, in their language). The "new for you" page and the header's
 * count read it here; reading a thread (or whatever the news is about) marks that news read.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class News {

    /** The most news a page lists, and the most the header counts. */
    public static final int MOST = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Instance<NewsWords> owners;

    @Inject
    Clock clock;

    /** Tells each member (once, however often they are named) the fact. */
    public void tell(Collection<Long> members, NewsFact fact) {
        new LinkedHashSet<>(members).forEach(member -> em.persist(new MemberNews(member, fact)));
    }

    /** The member's unread news they may still see, newest first, in words. */
    public List<Item> unread(MemberDetails reader) {
        owners.forEach(NewsWords::catchUp);
        List<NewsFact> facts = em.createNamedQuery(MemberNews.UNREAD_FOR, MemberNews.class)
                .setParameter("member", reader.id()).setMaxResults(MOST).getResultStream().map(MemberNews::fact)
                .toList();
        Map<NewsFact, NewsWords.Shown> shown = shown(facts, reader);
        List<Item> items = new ArrayList<>();
        for (NewsFact fact : facts) {
            NewsWords.Shown words = shown.get(fact);
            if (words != null) {
                items.add(new Item(fact, words.sentence(), words.href(), fact.at()));
            }
        }
        return items;
    }

    /** How many unread pieces of news the member has, capped as the page lists them; for the header's count. */
    public int unreadCount(long memberId) {
        owners.forEach(NewsWords::catchUp);
        long count = em.createNamedQuery(MemberNews.UNREAD_COUNT, Long.class).setParameter("member", memberId)
                .getSingleResult();
        return (int) Math.min(count, MOST);
    }

    /** The member has read what the news about {@code about} says (they opened the thread, say). */
    public void read(long memberId, Object about) {
        em.createNamedQuery(MemberNews.READ_ABOUT).setParameter("member", memberId)
                .setParameter("about", String.valueOf(about)).setParameter("now", LocalDateTime.now(clock))
                .executeUpdate();
    }

    public void markAllRead(long memberId) {
        em.createNamedQuery(MemberNews.READ_ALL).setParameter("member", memberId)
                .setParameter("now", LocalDateTime.now(clock)).executeUpdate();
    }

    /**
     * Facts in words, for this reader (who may be signed out: null), by the modules that own them; those the
     * reader may not see are left out. A proposal's story shows its steps this way.
     */
    public Map<NewsFact, NewsWords.Shown> shown(List<NewsFact> facts, MemberDetails reader) {
        Map<String, List<NewsFact>> byOwner = facts.stream().collect(Collectors.groupingBy(NewsFact::owner));
        Map<NewsFact, NewsWords.Shown> shown = new java.util.HashMap<>();
        for (NewsWords words : owners) {
            List<NewsFact> theirs = byOwner.get(words.owner());
            if (theirs != null) {
                shown.putAll(words.words(theirs, reader));
            }
        }
        return shown;
    }

    /** One fact in words, or empty when the reader may not see it. */
    public Optional<NewsWords.Shown> shown(NewsFact fact, MemberDetails reader) {
        return Optional.ofNullable(shown(List.of(fact), reader).get(fact));
    }

    /** A piece of news as a list shows it: a sentence, where it links, and when it happened. */
    public record Item(NewsFact fact, String message, String href, LocalDateTime at) {
    }
}
