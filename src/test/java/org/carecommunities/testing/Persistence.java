package org.carecommunities.testing;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The portal's persistence unit for in-container tests: Arquillian does not inject a persistence context
 * into a test class on Liberty, but CDI injects this bean, which has one. Added to a deployment with
 * {@link Deployments#withPersistence}.
 */
@Dependent
public class Persistence {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public EntityManager entityManager() {
        return em;
    }
}
