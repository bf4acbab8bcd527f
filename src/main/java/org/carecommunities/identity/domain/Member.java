package org.carecommunities.identity.domain;

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
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's membership of the portal, tied to their Keycloak subject. Created when they first set up their
 * profile; their organisations are refreshed from the token at every sign-in.
 */
@Entity
@Table(name = "member")
@NamedQuery(name = Member.BY_SUBJECT, query = "SELECT m FROM Member m WHERE m.subject = :subject")
@NamedQuery(name = Member.NAMES, query = "SELECT m.id, m.displayName, m.homeNeighbourhoodId FROM Member m "
        + "WHERE m.id IN :ids")
@NamedQuery(name = Member.NAMED_LIKE, query = "SELECT m.id, m.displayName, m.homeNeighbourhoodId FROM Member m "
        + "WHERE LOWER(m.displayName) LIKE :pattern ESCAPE '\\' ORDER BY m.displayName, m.id")
public class Member {

    public static final String BY_SUBJECT = "Member.bySubject";
    public static final String NAMES = "Member.names";
    public static final String NAMED_LIKE = "Member.namedLike";
    public static final int DISPLAY_NAME_MAX = org.carecommunities.identity.Members.DISPLAY_NAME_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String subject;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    /** The neighbourhood module's id: no relation crosses a module boundary. */
    @Column(name = "home_neighbourhood_id", nullable = false)
    private long homeNeighbourhoodId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_organisation", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "organisation", length = 80, nullable = false)
    private Set<String> organisations = new TreeSet<>();

    @Column(name = "acting_organisation", length = 80)
    private String actingOrganisation;

    /** UTC. */
    @Column(name = "joined_at", nullable = false)
    private LocalDateTime joinedAt;

    /** UTC. */
    @Column(name = "last_signed_in_at", nullable = false)
    private LocalDateTime lastSignedInAt;

    protected Member() {
        // for JPA
    }

    public Member(String subject, String displayName, long homeNeighbourhoodId, Collection<String> organisations,
                  LocalDateTime now) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A member has a Keycloak subject");
        }
        this.subject = subject;
        this.joinedAt = now;
        changeProfile(displayName, homeNeighbourhoodId);
        signedIn(organisations, now);
    }

    public final void changeProfile(String displayName, long homeNeighbourhoodId) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > DISPLAY_NAME_MAX
                || !displayName.matches(org.carecommunities.identity.Members.DISPLAY_NAME_PATTERN)) {
            throw new IllegalArgumentException("A display name has 1 to " + DISPLAY_NAME_MAX + " characters");
        }
        this.displayName = displayName.strip();
        this.homeNeighbourhoodId = homeNeighbourhoodId;
    }

    /**
     * A new sign-in: the organisations are now those of the token. Acting for an organisation the person has
     * left ends with it.
     */
    public final void signedIn(Collection<String> currentOrganisations, LocalDateTime now) {
        organisations.clear();
        organisations.addAll(currentOrganisations);
        if (actingOrganisation != null && !organisations.contains(actingOrganisation)) {
            actingOrganisation = null;
        }
        lastSignedInAt = now;
    }

    /** Act for one of the member's organisations, or for themselves (null). */
    public void actFor(String organisation) {
        if (organisation != null && !organisations.contains(organisation)) {
            throw new IllegalArgumentException("Not a member of " + organisation);
        }
        actingOrganisation = organisation;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public long homeNeighbourhoodId() {
        return homeNeighbourhoodId;
    }

    public Set<String> organisations() {
        return java.util.Collections.unmodifiableSet(organisations);
    }

    public String actingOrganisation() {
        return actingOrganisation;
    }
}
