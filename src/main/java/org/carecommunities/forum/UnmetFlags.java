package org.carecommunities.forum;

import org.carecommunities.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.RefusalsRollBack;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Threads flagged "I couldn't find a service for this": members flag a thread they can read, and the partnership
 * board counts a neighbourhood's flagged threads among its unmet needs.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class UnmetFlags {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * A member says of a thread they can read "I couldn't find a service for this" (or takes it back); once each.
     * The board counts these among its neighbourhood's unmet needs.
     */
    public Outcome<Boolean> flag(long threadId, MemberDetails member, boolean on) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || member == null) {
            return Outcome.refused(Refusal.notFound(Text.t("forum.noSuchThread")));
        }
        em.createNativeQuery("DELETE FROM thread_unmet_flag WHERE thread_id = ? AND member_id = ?")
                .setParameter(1, threadId).setParameter(2, member.id()).executeUpdate();
        if (on) {
            em.createNativeQuery("INSERT INTO thread_unmet_flag (thread_id, member_id, flagged_at) VALUES (?, ?, ?)")
                    .setParameter(1, threadId).setParameter(2, member.id()).setParameter(3, now()).executeUpdate();
        }
        return Outcome.done(on);
    }

    /** How many flagged the thread, and whether this member did. */
    public long[] counts(long threadId, Long memberId) {
        Number all = (Number) em.createNativeQuery("SELECT COUNT(*) FROM thread_unmet_flag WHERE thread_id = ?")
                .setParameter(1, threadId).getSingleResult();
        Number mine = memberId == null ? 0 : (Number) em.createNativeQuery("SELECT COUNT(*) FROM thread_unmet_flag "
                + "WHERE thread_id = ? AND member_id = ?").setParameter(1, threadId).setParameter(2, memberId)
                .getSingleResult();
        return new long[] {all.longValue(), mine.longValue()};
    }

    /** A neighbourhood's threads flagged "I couldn't find a service for this" since a day, most flagged first. */
    public List<UnmetThread> threads(long neighbourhoodId, LocalDateTime since) {
        List<?> rows = em.createNativeQuery("SELECT t.id, f.slug, t.title, COUNT(*) FROM thread_unmet_flag u "
                + "JOIN forum_thread t ON t.id = u.thread_id JOIN forum f ON f.id = t.forum_id WHERE f.neighbourhood_id "
                + "= ? AND u.flagged_at >= ? AND NOT EXISTS (SELECT 1 FROM forum_post o WHERE o.thread_id = t.id AND "
                + "o.position = 0 AND o.hidden_at IS NOT NULL) GROUP BY t.id, f.slug, t.title ORDER BY COUNT(*) DESC, "
                + "t.id")
                .setParameter(1, neighbourhoodId).setParameter(2, since).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new UnmetThread(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
