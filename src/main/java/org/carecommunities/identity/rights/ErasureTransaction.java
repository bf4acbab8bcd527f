package org.carecommunities.identity.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.PersonalData;
import org.carecommunities.platform.RefusalsRollBack;

import java.util.List;

/** One attempt at an erasure: every module's part in one transaction of its own, so nothing is half-erased. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@RefusalsRollBack
public class ErasureTransaction {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    void run(List<PersonalData> lastFirst, MemberDetails member, PersonalData.Erasure erasure) {
        for (PersonalData part : lastFirst) {
            part.erase(member, erasure);
        }
        em.flush();
    }
}
