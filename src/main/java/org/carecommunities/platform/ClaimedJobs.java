package org.carecommunities.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Jobs that every server schedules and one runs each period: a server claims the job by moving its next run on
 * in the database, in a transaction of its own; a server that finds it already moved, or loses the race to make
 * it, leaves it to the one that claimed it.
 */
@ApplicationScoped
@RefusalsRollBack
public class ClaimedJobs {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether this server runs {@code job} now: true for one server a period {@code every}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Duration every) {
        LocalDateTime now = LocalDateTime.now(clock);
        Timestamp next = Timestamp.valueOf(now.plus(every));
        int moved = em.createNativeQuery("UPDATE platform_job SET next_run_at = ?1 WHERE name = ?2 "
                + "AND next_run_at <= ?3").setParameter(1, next).setParameter(2, job)
                .setParameter(3, Timestamp.valueOf(now)).executeUpdate();
        if (moved == 1) {
            return true;
        }
        long known = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM platform_job WHERE name = ?1")
                .setParameter(1, job).getSingleResult()).longValue();
        if (known > 0) {
            return false;
        }
        // the first run anywhere: two servers inserting at once collide on the key, and the loser's transaction
        // fails (its caller counts that as not claimed)
        em.createNativeQuery("INSERT INTO platform_job (name, next_run_at) VALUES (?1, ?2)").setParameter(1, job)
                .setParameter(2, next).executeUpdate();
        em.flush();
        return true;
    }
}
