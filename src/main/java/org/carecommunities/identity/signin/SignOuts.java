package org.carecommunities.identity.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.domain.EndedSignIn;
import org.carecommunities.platform.RefusalsRollBack;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins Keycloak has ended (back-channel logout), on every replica: a logout is stored once, and each replica
 * reads new ones at most every {@code session.signouts.poll.seconds} into memory, so checking a request costs
 * no query. A replica that receives a logout knows of it at once.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class SignOuts {

    /** Logouts are kept this long: longer than any sign-in lasts (session.absolute.hours is at most a day). */
    private static final Duration KEPT = Duration.ofHours(25);
    /**
     * Each poll reads again this far back, so a logout that another replica stored while this one was reading
     * (committed after a later one) is not missed; reading one twice changes nothing.
     */
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "session.signouts.poll.seconds", defaultValue = "5")
    long pollSeconds;

    @Inject
    Clock clock;

    private final Map<String, Instant> endedSessions = new ConcurrentHashMap<>();
    private final Map<String, Instant> endedPeople = new ConcurrentHashMap<>();
    private volatile Instant polled = Instant.EPOCH;
    private volatile Instant purged = Instant.EPOCH;

    /**
     * Ends the Keycloak session {@code sid} (or, without one, every sign-in of {@code subject} so far) on every
     * replica. Returns false, changing nothing, when this logout token ({@code jti}) was used before: a replay.
     */
    public boolean end(String jti, String sid, String subject) {
        if (em.createNamedQuery(EndedSignIn.BY_TOKEN, Long.class).setParameter("jti", jti).getSingleResult() > 0) {
            return false;
        }
        EndedSignIn ended = new EndedSignIn(jti, sid, subject, LocalDateTime.now(clock));
        em.persist(ended);
        remember(ended);
        return true;
    }

    /**
     * Whether Keycloak ended this sign-in (its session, or everything of its person) after it began. Asked on
     * every signed-in request, so it opens no transaction of its own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean ended(String sid, String subject, Instant signedInAt) {
        poll();
        Instant session = sid == null ? null : endedSessions.get(sid);
        Instant person = endedPeople.get(subject);
        return session != null && !session.isBefore(signedInAt) || person != null && !person.isBefore(signedInAt);
    }

    private void poll() {
        Instant now = clock.instant();
        if (now.isBefore(polled.plusSeconds(pollSeconds))) {
            return;
        }
        synchronized (this) {
            if (now.isBefore(polled.plusSeconds(pollSeconds))) {
                return;
            }
            Instant oldest = now.minus(KEPT);
            Instant since = polled.equals(Instant.EPOCH) ? oldest : polled.minus(OVERLAP);
            em.createNamedQuery(EndedSignIn.SINCE, EndedSignIn.class)
                    .setParameter("since", LocalDateTime.ofInstant(since, ZoneOffset.UTC)).getResultList()
                    .forEach(this::remember);
            endedSessions.values().removeIf(at -> at.isBefore(oldest));
            endedPeople.values().removeIf(at -> at.isBefore(oldest));
            polled = now;
        }
    }

    /** Forgets logouts older than any sign-in can be; run now and then (an hour apart at most once). */
    public void purge() {
        Instant now = clock.instant();
        if (now.isAfter(purged.plus(Duration.ofHours(1)))) {
            purged = now;
            em.createNamedQuery(EndedSignIn.BEFORE)
                    .setParameter("before", LocalDateTime.ofInstant(now.minus(KEPT), ZoneOffset.UTC)).executeUpdate();
        }
    }

    private void remember(EndedSignIn ended) {
        Instant at = ended.endedAt().toInstant(ZoneOffset.UTC);
        if (ended.sid() != null) {
            endedSessions.merge(ended.sid(), at, (a, b) -> a.isAfter(b) ? a : b);
        } else {
            endedPeople.merge(ended.subject(), at, (a, b) -> a.isAfter(b) ? a : b);
        }
    }
}
