package org.carecommunities.neighbourhood.digests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.platform.RefusalsRollBack;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The weekly email's row, claimed before the email goes and given back if it cannot: each step a short
 * transaction of its own, so the mail server is never asked while a transaction is open, and a server that cannot
 * reach it gives the email back for the next try.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@RefusalsRollBack
class DigestClaims {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A claimed email: when it was last sent (null: never), when the member subscribed, and the claim's time. */
    record Claim(LocalDateTime previous, LocalDateTime subscribedAt, LocalDateTime claimedAt) {
    }

    /** Claims the member's email for the neighbourhood if it is still due at {@code now} (no other server has). */
    Optional<Claim> claim(long memberId, long neighbourhoodId, LocalDateTime now) {
        List<?> found = em.createNativeQuery("SELECT subscribed_at, last_sent_at FROM neighbourhood_digest WHERE "
                + "member_id = ? AND neighbourhood_id = ?").setParameter(1, memberId).setParameter(2, neighbourhoodId)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) found.get(0);
        LocalDateTime last = row[1] == null ? null : ((Timestamp) row[1]).toLocalDateTime();
        int claimed = em.createNativeQuery("UPDATE neighbourhood_digest SET last_sent_at = ? WHERE member_id = ? "
                        + "AND neighbourhood_id = ? AND (last_sent_at IS NULL OR last_sent_at <= ?)")
                .setParameter(1, Timestamp.valueOf(now)).setParameter(2, memberId).setParameter(3, neighbourhoodId)
                .setParameter(4, Timestamp.valueOf(now.minus(Digests.EVERY))).executeUpdate();
        return claimed == 0 ? Optional.empty()
                : Optional.of(new Claim(last, ((Timestamp) row[0]).toLocalDateTime(), now));
    }

    /** The email could not go: it is due again, as it was before the claim (unless sent since by another). */
    void giveBack(long memberId, long neighbourhoodId, Claim claim) {
        // a null parameter has no type PostgreSQL will take for a timestamp: "never sent" is written as NULL
        boolean never = claim.previous() == null;
        var giveBack = em.createNativeQuery("UPDATE neighbourhood_digest SET last_sent_at = "
                        + (never ? "NULL" : "?4") + " WHERE member_id = ?1 AND neighbourhood_id = ?2 AND last_sent_at = ?3")
                .setParameter(1, memberId).setParameter(2, neighbourhoodId)
                .setParameter(3, Timestamp.valueOf(claim.claimedAt()));
        if (!never) {
            giveBack.setParameter(4, Timestamp.valueOf(claim.previous()));
        }
        giveBack.executeUpdate();
    }
}
