package org.carecommunities.assetmap.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A link worker's shortlist of services for a person, shared by its token (a link that cannot be guessed). It
 * holds a title and services, nothing about the person.
 */
@Entity
@Table(name = "asset_shortlist")
@NamedQuery(name = Shortlist.BY_TOKEN, query = "SELECT l FROM Shortlist l WHERE l.token = :token")
@NamedQuery(name = Shortlist.OF, query = "SELECT l FROM Shortlist l WHERE l.ownerId = :owner ORDER BY l.createdAt DESC")
public class Shortlist {

    public static final String BY_TOKEN = "Shortlist.byToken";
    public static final String OF = "Shortlist.of";
    public static final int TITLE_MAX = 120;
    public static final int SERVICES_MAX = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String token;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** The services' ids (the module's own rows), in the order added. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "asset_shortlist_item", joinColumns = @JoinColumn(name = "shortlist_id"))
    @Column(name = "service_id")
    @OrderColumn(name = "item_order")
    private List<Long> services = new ArrayList<>();

    protected Shortlist() {
        // for JPA
    }

    public Shortlist(long ownerId, String title, LocalDateTime now) {
        if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
            throw new IllegalArgumentException("A shortlist has a title of 1 to " + TITLE_MAX + " characters");
        }
        this.token = UUID.randomUUID().toString();
        this.ownerId = ownerId;
        this.title = title.strip();
        this.createdAt = now;
    }

    /** Adds a service once; returns false when it is full or already there. */
    public boolean add(long serviceId) {
        if (services.contains(serviceId) || services.size() >= SERVICES_MAX) {
            return false;
        }
        services.add(serviceId);
        return true;
    }

    public void remove(long serviceId) {
        services.remove(Long.valueOf(serviceId));
    }

    public String token() {
        return token;
    }

    public long ownerId() {
        return ownerId;
    }

    public String title() {
        return title;
    }

    public List<Long> services() {
        return Collections.unmodifiableList(services);
    }
}
