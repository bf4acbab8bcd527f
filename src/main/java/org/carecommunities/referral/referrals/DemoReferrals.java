package org.carecommunities.referral.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.platform.DemoDataLoaded;
import org.carecommunities.platform.RefusalsRollBack;

import java.util.List;
import java.util.logging.Logger;

/**
 * Seals the demo referrals' details (written unsealed in the demo's script, marked) with this server's key as soon
 * as the demo loads, before any request is served; a database never holds a real referral unsealed.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class DemoReferrals {

    static final String UNSEALED = "demo-unsealed:";
    private static final Logger LOG = Logger.getLogger(DemoReferrals.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ReferralKey key;

    void seal(@Observes DemoDataLoaded loaded) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, reference, details FROM referral WHERE details LIKE ?1")
                .setParameter(1, UNSEALED + "%").getResultList();
        for (Object[] row : rows) {
            String reference = String.valueOf(row[1]).strip();
            String details = ((String) row[2]).substring(UNSEALED.length());
            em.createNativeQuery("UPDATE referral SET details = ?1 WHERE id = ?2")
                    .setParameter(1, key.sealer().seal(PersonDetails.fromJson(details).json(), reference))
                    .setParameter(2, row[0]).executeUpdate();
        }
        LOG.info(() -> "Demo referrals: " + rows.size() + " sealed");
    }
}
