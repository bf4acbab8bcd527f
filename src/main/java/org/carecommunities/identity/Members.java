package org.carecommunities.identity;

import org.carecommunities.platform.Text;
import org.carecommunities.identity.signin.SignInClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.domain.Member;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Like;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carecommunities.platform.RefusalsRollBack;

/** The identity module's facade: members of the portal, found by their Keycloak subject. */
@ApplicationScoped
@Transactional
@RefusalsRollBack
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

    /** A member may move their home neighbourhood once in this many days (their support follows them). */
    @Inject
    @ConfigProperty(name = "member.home.change.days", defaultValue = "30")
    int homeChangeDays;

    @Inject
    Event<HomeNeighbourhoodChanged> homeChanged;

    @Inject
    Clock clock;

    @Inject
    Directory directory;

    public Optional<MemberDetails> bySubject(String subject) {
        return find(subject).map(Members::details);
    }

    /**
     * A sign-in happened: refresh the member's organisations from its claims. Returns the member, or empty on a
     * first sign-in (no profile yet).
     */
    public Optional<MemberDetails> signedIn(SignInClaims claims) {
        return find(claims.subject()).map(member -> {
            member.signedIn(claims.organisations(), claims.email(), now());
            return details(member);
        });
    }

    /**
     * The same, with the home neighbourhood as the person gave it: found by their postcode when they typed one,
     * else the one they chose (by id). Refused beside the neighbourhood field when neither finds one.
     */
    public Outcome<MemberDetails> setUpProfile(SignInClaims claims, String displayName, String neighbourhood,
                                               String postcode) {
        boolean byPostcode = postcode != null && !postcode.isBlank();
        Optional<Directory.Choice> home;
        if (byPostcode) {
            home = directory.covering(postcode);
        } else {
            try {
                home = neighbourhood == null || neighbourhood.isBlank() ? Optional.empty()
                        : directory.byId(Long.parseLong(neighbourhood.strip()));
            } catch (NumberFormatException e) {
                home = Optional.empty();
            }
        }
        if (home.isEmpty()) {
            return Outcome.refused(Refusal.invalid("neighbourhood", byPostcode
                    ? Text.t("identity.profile.noNeighbourhoodForPostcode")
                    : Text.t("identity.profile.chooseOrPostcode")));
        }
        return setUpProfile(claims, displayName.strip(), home.get().id());
    }

    /**
     * Sets up the profile of the person signed in with these claims: creates the member on their first
     * sign-in, changes the profile on later ones. Either way there is one member per subject. Moving the home
     * neighbourhood is refused within {@code member.home.change.days} of the last move; a move is announced
     * ({@link HomeNeighbourhoodChanged}) in the same transaction.
     */
    public Outcome<MemberDetails> setUpProfile(SignInClaims claims, String displayName, long homeNeighbourhoodId) {
        Member member = find(claims.subject()).orElse(null);
        if (member == null) {
            member = new Member(claims.subject(), displayName, homeNeighbourhoodId, claims.organisations(), now());
            member.signedIn(claims.organisations(), claims.email(), now());
            em.persist(member);
            em.flush();
            return Outcome.done(details(member));
        }
        Duration interval = Duration.ofDays(homeChangeDays);
        LocalDateTime nextMove = member.nextHomeMove(interval);
        long from = member.homeNeighbourhoodId();
        if (from != homeNeighbourhoodId && nextMove != null && now().isBefore(nextMove)) {
            return Outcome.refused(Refusal.conflict("neighbourhood",
                    Text.t("identity.profile.movedRecently", "when", Dates.inWords(nextMove))));
        }
        if (member.changeProfile(displayName, homeNeighbourhoodId, interval, now())) {
            homeChanged.fire(new HomeNeighbourhoodChanged(member.id(), from, homeNeighbourhoodId, now()));
        }
        return Outcome.done(details(member));
    }

    /** The short code of the language the member chose ({@code cy}), or empty when they chose none. */
    public Optional<String> language(long memberId) {
        return Optional.ofNullable(em.find(Member.class, memberId)).map(Member::language);
    }

    /** Saves the language the member chose, by its short code. */
    public void chooseLanguage(long memberId, String code) {
        Optional.ofNullable(em.find(Member.class, memberId)).ifPresent(m -> m.chooseLanguage(code));
    }

    /** The email address the member's sign-in gave, if it gave one. */
    public Optional<String> email(long memberId) {
        return Optional.ofNullable(em.find(Member.class, memberId)).map(Member::email);
    }

    /** When the member may next move their home neighbourhood, or empty when they may now. */
    public Optional<LocalDateTime> nextHomeMove(String subject) {
        return find(subject).map(m -> m.nextHomeMove(Duration.ofDays(homeChangeDays)))
                .filter(next -> now().isBefore(next));
    }

    /**
     * The member used the portal today: counted once a day (UTC), whichever replica sees them first. Returns
     * whether this was their first visit today.
     */
    public boolean visited(long memberId) {
        return em.createNamedQuery(Member.VISITED).setParameter("id", memberId)
                .setParameter("today", now().toLocalDate()).executeUpdate() > 0;
    }

    /** Members by id, as they are stored (no roles: those come with a sign-in), in one query. */
    public Map<Long, MemberDetails> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, MemberDetails> found = new HashMap<>();
        em.createNamedQuery(Member.BY_IDS, Member.class).setParameter("ids", Set.copyOf(ids)).getResultList()
                .forEach(m -> found.put(m.id(), details(m)));
        return found;
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
                m.actingOrganisation(), m.joinedAt(), m.daysVisited(), m.lastVisitedOn(), Set.of());
    }
}
