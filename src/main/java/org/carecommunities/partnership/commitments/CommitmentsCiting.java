package org.carecommunities.partnership.commitments;

import org.carecommunities.partnership.PartnershipLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.assetmap.CitedBy;
import org.carecommunities.partnership.domain.Commitment;

import java.util.List;

/** The commitments citing a service, for the service's page: only those of agreements everyone may read. */
@ApplicationScoped
public class CommitmentsCiting implements CitedBy {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Citing> citing(String serviceId, int most) {
        return em.createQuery("SELECT DISTINCT c FROM Commitment c JOIN c.cites s JOIN FETCH c.agreement a "
                        + "WHERE s = :service AND a.visibleToAll = TRUE ORDER BY c.createdAt DESC", Commitment.class)
                .setParameter("service", serviceId).setMaxResults(most).getResultStream()
                .map(c -> new Citing("Commitment", c.what(), PartnershipLinks.commitment(c.agreement().uuid(), c.id()), "in " + c.agreement().title()))
                .toList();
    }
}
