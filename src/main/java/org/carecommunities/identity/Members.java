package org.carecommunities.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.domain.Member;
import org.carecommunities.platform.Like;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The identity module's facade: members of the portal, found by their Keycloak subject. */
@ApplicationScoped
@Transactional
public class Members {

    /** The longest display name a member may choose. */
    public static final int DISPLAY_NAME_MAX = 60;

    /**
     * What a display name may hold: no angle brackets, no control characters, and nothing invisible or that turns
     * text around (format characters such as bidirectional overrides and zero-width spaces, and the blank
     * fillers some scripts have), so a name cannot pose as another or hide in plain sight.
     */
    public static final String DISPLAY_NAME_PATTERN = "[^<>\\p{Cntrl}\\p{Cf}\\p{Co}\\p{Cn}\\u115F\\u1160\\u3164\\uFFA0\\u2800]*";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public Optional<MemberDetails> bySubject(String subject) {
        return find(subject).map(Members::details);
    }

    /**
     * A sign-in happened: refresh the member's organisations from its claims. Returns the member, or empty on a
     * first sign-in (no profile yet).
     */
    public Optional<MemberDetails> signedIn(SignInClaims claims) {
        return find(claims.subject()).map(member -> {
            member.signedIn(claims.organisations(), now());
            return details(member);
        });
    }

    /**
     * Sets up the profile of the person signed in with these claims: creates the member on their first
     * sign-in, changes the profile on later ones. Either way there is one member per subject.
     */
    public MemberDetails setUpProfile(SignInClaims claims, String displayName, long homeNeighbourhoodId) {
        Member member = find(claims.subject()).orElse(null);
        if (member == null) {
            member = new Member(claims.subject(), displayName, homeNeighbourhoodId, claims.organisations(), now());
            em.persist(member);
            em.flush();
        } else {
            member.changeProfile(displayName, homeNeighbourhoodId);
        }
        return details(member);
    }

    /** The member acts for one of their organisations (by slug) from now on, or for themselves (null). */
    public MemberDetails actFor(String subject, String organisation) {
        Member member = find(subject).orElseThrow(() -> new IllegalStateException("No member " + subject));
        member.actFor(organisation);
        return details(member);
    }

    /** Display names of members by id, in one query, for showing who did what. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        authors(ids).forEach((id, author) -> names.put(id, author.displayName()));
        return names;
    }

    /** Members by id as authors are shown (name and home neighbourhood), in one query. */
    public Map<Long, Author> authors(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Author> authors = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Member.NAMES, Object[].class).setParameter("ids", Set.copyOf(ids))
                .getResultList()) {
            authors.put((Long) row[0], new Author((String) row[1], ((Number) row[2]).longValue()));
        }
        return authors;
    }

    /** Members whose display name contains the text, by name, at most {@code max}: for choosing a person. */
    public List<Listed> named(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return em.createNamedQuery(Member.NAMED_LIKE, Object[].class)
                .setParameter("pattern", Like.containing(text.strip())).setMaxResults(max).getResultStream()
                .map(row -> new Listed((Long) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    /** A member in a list to choose from. */
    public record Listed(long id, String displayName, long homeNeighbourhoodId) {
    }

    /** How a member appears beside what they wrote. */
    public record Author(String displayName, long homeNeighbourhoodId) {
    }

    private Optional<Member> find(String subject) {
        return em.createNamedQuery(Member.BY_SUBJECT, Member.class).setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static MemberDetails details(Member m) {
        return new MemberDetails(m.id(), m.subject(), m.displayName(), m.homeNeighbourhoodId(), m.organisations(),
                m.actingOrganisation());
    }
}
