package org.carecommunities.partnership.agreements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.partnership.domain.AgreementText;
import org.carecommunities.partnership.domain.AuditTrail;
import org.carecommunities.platform.DemoDataLoaded;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The demo's agreements sealed for the week the demo loaded in: its scripts carry versions, signatures and audit
 * trails computed for the dates as written, and those dates moved as it loaded. Each version's digest is computed
 * again from its stored canonical text (signatures of it take the new digest, and audit entries that name the old
 * one name the new), then each trail is chained again in order, so every demo agreement verifies. A trail that
 * already holds comes out exactly as it was. Runs only when demo data loads, and then over every agreement in
 * that (demo) database: where demo data is off it never runs.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class DemoAgreements {

    private static final Logger LOG = Logger.getLogger(DemoAgreements.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    void seal(@Observes DemoDataLoaded loaded) {
        Map<String, String> digests = versionDigests();
        int agreements = 0;
        for (Object id : em.createNativeQuery("SELECT id FROM partnership_agreement ORDER BY id").getResultList()) {
            if (sealTrail(((Number) id).longValue(), digests)) {
                agreements++;
            }
        }
        int sealed = agreements;
        LOG.info(() -> "Demo agreements: " + digests.size() + " version digests and " + sealed
                + " audit trails sealed for dates moved " + loaded.weeksMoved() + " weeks");
    }

    /** Each version's digest from its canonical text, and its signatures'; old digest to new, where it changed. */
    private Map<String, String> versionDigests() {
        Map<String, String> changed = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> versions = em.createNativeQuery("SELECT id, canonical, digest FROM partnership_version")
                .getResultList();
        for (Object[] v : versions) {
            String stored = ((String) v[2]).trim();
            String digest = AgreementText.digestOf((String) v[1]);
            if (!digest.equals(stored)) {
                changed.put(stored, digest);
                em.createNativeQuery("UPDATE partnership_version SET digest = ?1 WHERE id = ?2")
                        .setParameter(1, digest).setParameter(2, v[0]).executeUpdate();
                em.createNativeQuery("UPDATE partnership_signature SET digest = ?1 WHERE version_id = ?2")
                        .setParameter(1, digest).setParameter(2, v[0]).executeUpdate();
            }
        }
        return changed;
    }

    private boolean sealTrail(long agreement, Map<String, String> digests) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, seq, at_time, actor, what, detail, previous_hash,"
                + " entry_hash FROM partnership_audit WHERE agreement_id = ?1 ORDER BY seq")
                .setParameter(1, agreement).getResultList();
        List<AuditTrail.Entry> stored = new ArrayList<>();
        for (Object[] r : rows) {
            stored.add(new AuditTrail.Entry(((Number) r[1]).longValue(), utc(r[2]).toInstant(ZoneOffset.UTC),
                    (String) r[3], (String) r[4], (String) r[5], ((String) r[6]).trim(), ((String) r[7]).trim()));
        }
        List<AuditTrail.Entry> sealed = AuditTrail.sealed(stored, detail -> {
            String named = detail;
            for (Map.Entry<String, String> d : digests.entrySet()) {
                named = named.replace(d.getKey(), d.getValue());
            }
            return named;
        });
        if (sealed.equals(stored)) {
            return false;
        }
        for (int i = 0; i < sealed.size(); i++) {
            AuditTrail.Entry e = sealed.get(i);
            em.createNativeQuery("UPDATE partnership_audit SET detail = ?1, previous_hash = ?2, entry_hash = ?3"
                    + " WHERE id = ?4").setParameter(1, e.detail()).setParameter(2, e.previous())
                    .setParameter(3, e.hash()).setParameter(4, rows.get(i)[0]).executeUpdate();
        }
        String head = sealed.isEmpty() ? AuditTrail.GENESIS : sealed.get(sealed.size() - 1).hash();
        em.createNativeQuery("UPDATE partnership_agreement SET audit_head = ?1 WHERE id = ?2")
                .setParameter(1, head).setParameter(2, agreement).executeUpdate();
        return true;
    }

    private static LocalDateTime utc(Object at) {
        return at instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) at;
    }
}
