package org.carecommunities.forum.news;

import org.carecommunities.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.NewsFact;
import org.carecommunities.identity.NewsWords;
import org.carecommunities.platform.RefusalsRollBack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The forum's news in words: a proposal reached the support it needs, or fell back below it. Each is about its
 * thread (by id) and shown only while the thread may be listed (its opening post not hidden).
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class ForumNewsWords implements NewsWords {

    /** A proposal reached its threshold: figure = its supports, of = the threshold. */
    public static final String REACHED = "forum.proposal-reached";
    /** A proposal fell back below its threshold before the board took it up: figure = supports, of = threshold. */
    public static final String FELL_BELOW = "forum.proposal-fell-below";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String owner() {
        return "forum";
    }

    @Override
    public Map<NewsFact, Shown> words(List<NewsFact> facts, MemberDetails reader) {
        List<Long> ids = facts.stream().map(f -> Long.valueOf(f.about())).distinct().toList();
        Map<Long, ForumThread> threads = ids.isEmpty() ? Map.of() : em.createQuery("SELECT t FROM ForumThread t "
                        + "JOIN FETCH t.forum WHERE t.id IN :ids AND " + ForumThread.OPENING_SHOWN, ForumThread.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(ForumThread::id, Function.identity()));
        Map<NewsFact, Shown> shown = new HashMap<>();
        for (NewsFact fact : facts) {
            ForumThread thread = threads.get(Long.valueOf(fact.about()));
            if (thread == null) {
                continue;
            }
            String href = ForumLinks.thread(thread.forum().slug(), thread.id()) + "#proposal";
            String title = thread.title();
            switch (fact.kind()) {
                case REACHED -> shown.put(fact, new Shown(null, Text.t("forum.news.reached", "title", title,
                        "supports", fact.figure()), href));
                case FELL_BELOW -> shown.put(fact, new Shown(null, Text.t("forum.news.fellBelow", "title", title,
                        "supports", fact.figure(), "threshold", fact.of()), href));
                default -> {
                    // a kind of another version: not shown
                }
            }
        }
        return shown;
    }
}
