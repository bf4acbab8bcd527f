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

import java.time.Duration;
import java.time.LocalDate;
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
@NamedQuery(name = Member.VISITED, query = "UPDATE Member m SET m.daysVisited = m.daysVisited + 1, "
        + "m.lastVisitedOn = :today WHERE m.id = :id AND (m.lastVisitedOn IS NULL OR m.lastVisitedOn < :today)")
@NamedQuery(name = Member.BY_IDS, query = "SELECT m FROM Member m WHERE m.id IN :ids")
@NamedQuery(name = Member.NAMED_LIKE, query = "SELECT m.id, m.displayName, m.homeNeighbourhoodId FROM Member m "
        + "WHERE LOWER(m.displayName) LIKE :pattern ESCAPE '\\' ORDER BY m.displayName, m.id")
public class Member {

    public static final String BY_SUBJECT = "Member.bySubject";
    public static final String NAMES = "Member.names";
    public static final String NAMED_LIKE = "Member.namedLike";
    public static final String VISITED = "Member.visited";
    public static final String BY_IDS = "Member.byIds";
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

    public static final int EMAIL_MAX = 254;

    /** The email address the sign-in gives, for the emails the member asks for; null when it gives none. */
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    public String email() {
        return email;
    }

    @Column(name = "acting_organisation", length = 80)
    private String actingOrganisation;

    /** UTC. */
    @Column(name = "joined_at", nullable = false)
    private LocalDateTime joinedAt;

    /** UTC. */
    @Column(name = "last_signed_in_at", nullable = false)
    private LocalDateTime lastSignedInAt;

    /** On how many days (UTC) the member has used the portal, counted on their first request of each day. */
    @Column(name = "days_visited", nullable = false)
    private int daysVisited;

    @Column(name = "last_visited_on")
    private LocalDate lastVisitedOn;

    /** UTC: when they last moved their home neighbourhood (null: never since setting up). */
    @Column(name = "home_changed_at")
    private LocalDateTime homeChangedAt;

    /** The short code of the language they chose for the portal (en, cy), or null: their browser's decides. */
    @Column(name = "language", length = 12)
    private String language;

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
        name(displayName);
        this.homeNeighbourhoodId = homeNeighbourhoodId;
        signedIn(organisations, now);
    }

    /**
     * Changes the display name and, when it differs, the home neighbourhood, which may move only once in
     * {@code moveInterval} (the facade says so first: here it is a guard). Returns whether the home moved.
     */
    public boolean changeProfile(String displayName, long homeNeighbourhoodId, Duration moveInterval,
                                 LocalDateTime now) {
        boolean moves = homeNeighbourhoodId != this.homeNeighbourhoodId;
        LocalDateTime nextMove = nextHomeMove(moveInterval);
        if (moves && nextMove != null && now.isBefore(nextMove)) {
            throw new IllegalStateException("The home neighbourhood may move again from " + nextMove);
        }
        name(displayName);
        if (moves) {
            this.homeNeighbourhoodId = homeNeighbourhoodId;
            this.homeChangedAt = now;
        }
        return moves;
    }

    public String language() {
        return language;
    }

    public void chooseLanguage(String code) {
        this.language = code;
    }

    /** When the member may next move their home neighbourhood, or null when they may now (or never moved). */
    public LocalDateTime nextHomeMove(Duration moveInterval) {
        return homeChangedAt == null ? null : homeChangedAt.plus(moveInterval);
    }

    private void name(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > DISPLAY_NAME_MAX
                || !displayName.matches(org.carecommunities.identity.Members.DISPLAY_NAME_PATTERN)) {
            throw new IllegalArgumentException("A display name has 1 to " + DISPLAY_NAME_MAX + " characters");
        }
        this.displayName = displayName.strip();
    }

    /**
     * A new sign-in: the organisations are now those of the token. Acting for an organisation the person has
     * left ends with it.
     */
    public final void signedIn(Collection<String> currentOrganisations, LocalDateTime now) {
        signedIn(currentOrganisations, null, now);
    }

    /** A new sign-in, whose token also gives the person's email address (kept when it gives none). */
    public final void signedIn(Collection<String> currentOrganisations, String currentEmail, LocalDateTime now) {
        if (currentEmail != null && !currentEmail.isBlank() && currentEmail.strip().length() <= EMAIL_MAX) {
            email = currentEmail.strip();
        }
        organisations.clear();
        currentOrganisations.stream().map(String::strip).forEach(organisations::add);
        if (actingOrganisation != null && !organisations.contains(actingOrganisation)) {
            actingOrganisation = null;
        }
        lastSignedInAt = now;
    }

    /** Act for one of the member's organisations, or for themselves (null). */
    public void actFor(String organisation) {
        if (organisation != null && !organisations().contains(organisation)) {
            throw new IllegalArgumentException("Not a member of " + organisation);
        }
        actingOrganisation = organisation;
    }

    public LocalDateTime joinedAt() {
        return joinedAt;
    }

    public int daysVisited() {
        return daysVisited;
    }

    public LocalDate lastVisitedOn() {
        return lastVisitedOn;
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

    /** The organisations' slugs (stripped: a database that pads text must not hide a steward's group). */
    public Set<String> organisations() {
        Set<String> stripped = new TreeSet<>();
        organisations.forEach(o -> stripped.add(o.strip()));
        return java.util.Collections.unmodifiableSet(stripped);
    }

    public String actingOrganisation() {
        return actingOrganisation;
    }
}
