package org.carecommunities.assetmap.domain;

import org.carecommunities.assetmap.services.ServiceStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Optional;
import java.util.regex.Pattern;

/** Finding a service by its public id, for the module's facades: one look-up, one idea of a well-formed id. */
public final class Services {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Services() {
    }

    /** Whether the text is a UUID (the form of every public id here), so it is worth looking up. */
    public static boolean uuid(String id) {
        return id != null && UUID.matcher(id).matches();
    }

    /** The service with this public id, whatever its status; empty for an unknown or malformed id. */
    public static Optional<Service> byId(EntityManager em, String id) {
        return byId(em, id, jakarta.persistence.LockModeType.NONE);
    }

    /**
     * A service by its public id, its row held until the transaction ends: changes sent at once are made in turn
     * (made together, two saves of one service both rewrote its search words, and the second failed on their key).
     */
    public static Optional<Service> toChange(EntityManager em, String id) {
        return byId(em, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private static Optional<Service> byId(EntityManager em, String id, jakarta.persistence.LockModeType lock) {
        if (!uuid(id)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Service.BY_UUID, Service.class).setParameter("uuid", id).setLockMode(lock)
                .getResultStream().findFirst();
    }

    /**
     * A query for a list of services as rows show them (venues, categories, times and their exceptions): each of
     * those read for the whole list in one more query, not one for each service. (Their names in other languages are
     * read for a list by {@code AssetMap}: EclipseLink's batch reading of an element collection of embeddables fails
     * when the transaction ends.)
     */
    public static TypedQuery<Service> forRows(TypedQuery<Service> query) {
        return query.setHint("eclipselink.batch", "s.locations").setHint("eclipselink.batch", "s.schedules")
                .setHint("eclipselink.batch", "s.categories").setHint("eclipselink.batch", "s.schedules.exceptions")
                .setHint("eclipselink.batch.type", "IN");
    }

    /** The published service with this public id: what the public, the API and shortlists may show. */
    public static Optional<Service> published(EntityManager em, String id) {
        return byId(em, id).filter(s -> s.status() == ServiceStatus.PUBLISHED);
    }
}
