package org.carecommunities.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.carecommunities.platform.Htmx;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The person making this request: anonymous, signed in but not yet a member (first sign-in, profile not
 * set up), or a member. Roles and organisations come from the ID token of their current sign-in, so they are
 * as fresh as that sign-in. The sign-in lives in the HTTP session, on the server.
 */
@RequestScoped
public class CurrentMember {

    @Inject
    HttpServletRequest request;

    @Inject
    Members members;

    /** Minutes without activity after which a sign-in ends (background polling is not activity). */
    @Inject
    @ConfigProperty(name = "session.idle.minutes", defaultValue = "60")
    long idleMinutes;

    /** Hours after which a sign-in ends whatever the person does. */
    @Inject
    @ConfigProperty(name = "session.absolute.hours", defaultValue = "12")
    long absoluteHours;

    Clock clock = Clock.systemUTC();

    /** Activity is noted at most this often, so a busy page does not rewrite the session on every request. */
    private static final Duration ACTIVITY_GRAIN = Duration.ofMinutes(1);

    private SignInClaims claims;
    private Optional<MemberDetails> member;

    public boolean isSignedIn() {
        return claims() != null;
    }

    /** The claims of the current sign-in, or null when nobody is signed in. */
    public SignInClaims claims() {
        if (claims == null) {
            HttpSession session = request.getSession(false);
            SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SESSION_KEY);
            claims = signedIn == null ? null : stillSignedIn(session, signedIn);
        }
        return claims;
    }

    /**
     * The claims while the sign-in lasts; past its idle or absolute lifetime the session ends here. Anything the
     * person does (not a background poll) counts as activity, noted at most once a minute.
     */
    private SignInClaims stillSignedIn(HttpSession session, SignedIn signedIn) {
        Instant now = clock.instant();
        if (lifetime().ended(signedIn.signedInAt(), signedIn.lastActiveAt(), now)) {
            session.invalidate();
            return null;
        }
        if (!Htmx.isBackground(request) && signedIn.lastActiveAt().plus(ACTIVITY_GRAIN).isBefore(now)) {
            session.setAttribute(SESSION_KEY, signedIn.activeAt(now));
        }
        return signedIn.claims();
    }

    private SessionLifetime lifetime() {
        return new SessionLifetime(Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours));
    }

    /**
     * Starts the sign-in in this session, under a new session id (so an id fixed before sign-in is useless),
     * and refreshes the member's organisations.
     */
    public void start(SignInClaims signedIn, String idToken) {
        request.changeSessionId();
        Instant now = clock.instant();
        request.getSession().setAttribute(SESSION_KEY, new SignedIn(signedIn, idToken, now, now));
        claims = signedIn;
        member = members.signedIn(signedIn).map(m -> m.withRoles(signedIn.roles()));
    }

    /** Ends the sign-in and the session; returns the ID token, to end the Keycloak session with. */
    public String end() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        SignedIn signedIn = (SignedIn) session.getAttribute(SESSION_KEY);
        session.invalidate();
        claims = null;
        member = Optional.empty();
        return signedIn == null ? null : signedIn.idToken();
    }

    /**
     * The member's profile with the roles of this sign-in, empty when signed out or not yet set up. Their first
     * request of the day (not a background poll) counts as a day visited.
     */
    public Optional<MemberDetails> member() {
        if (member == null) {
            member = isSignedIn() ? members.bySubject(claims().subject()).map(this::visiting) : Optional.empty();
        }
        return member;
    }

    private MemberDetails visiting(MemberDetails found) {
        MemberDetails signedIn = found.withRoles(claims().roles());
        LocalDate today = LocalDate.now(clock);
        if (!Htmx.isBackground(request) && (found.lastVisitedOn() == null || found.lastVisitedOn().isBefore(today))
                && members.visited(found.id())) {
            return members.bySubject(found.subject()).map(m -> m.withRoles(claims().roles())).orElse(signedIn);
        }
        return signedIn;
    }

    public boolean has(Role role) {
        return isSignedIn() && claims().roles().contains(role);
    }

    /** True when the person belongs to that organisation (by slug) in this sign-in. */
    public boolean actsFor(String organisation) {
        return isSignedIn() && claims().organisations().contains(organisation);
    }

    public Set<String> organisations() {
        return isSignedIn() ? claims().organisations() : Set.of();
    }

    /** How to address the person: their chosen display name, else the name Keycloak has. */
    public String displayName() {
        return member().map(MemberDetails::displayName)
                .orElseGet(() -> isSignedIn() && claims().name() != null ? claims().name() : "");
    }

    public List<Role> roles() {
        return isSignedIn() ? claims().roles().stream().sorted().toList() : List.of();
    }

    private static final String SESSION_KEY = CurrentMember.class.getName();

    /** What the session keeps of a sign-in; the ID token only to end the Keycloak session later. */
    private record SignedIn(SignInClaims claims, String idToken, Instant signedInAt, Instant lastActiveAt)
            implements Serializable {

        SignedIn activeAt(Instant now) {
            return new SignedIn(claims, idToken, signedInAt, now);
        }
    }
}
