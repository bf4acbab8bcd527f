package org.carecommunities.identity;

import org.carecommunities.identity.signin.SessionLifetime;
import org.carecommunities.identity.signin.SignInClaims;
import org.carecommunities.identity.signin.SignOuts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.carecommunities.identity.oidc.IdTokens;
import org.carecommunities.identity.oidc.OpenIdProvider;
import org.carecommunities.platform.Htmx;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The person making this request: anonymous, signed in but not yet a member (first sign-in, profile not
 * set up), or a member. The sign-in lives in the HTTP session, on the server. Roles and organisations come from
 * Keycloak's ID token, read again with the sign-in's refresh token every {@code session.claims.refresh.seconds}
 * (10 minutes), so a role removed in Keycloak is gone within that time; a sign-in Keycloak ended (back-channel
 * logout, see {@link SignOuts}) or will no longer refresh ends here too.
 */
@RequestScoped
public class CurrentMember {

    @Inject
    HttpServletRequest request;

    @Inject
    Members members;

    @Inject
    SignOuts signOuts;

    @Inject
    OpenIdProvider provider;

    /** How often the roles and organisations of a sign-in are read again from Keycloak. */
    @Inject
    @ConfigProperty(name = "session.claims.refresh.seconds", defaultValue = "600")
    long refreshSeconds;

    /** Minutes without activity after which a sign-in ends (background polling is not activity). */
    @Inject
    @ConfigProperty(name = "session.idle.minutes", defaultValue = "60")
    long idleMinutes;

    /** Hours after which a sign-in ends whatever the person does. */
    @Inject
    @ConfigProperty(name = "session.absolute.hours", defaultValue = "12")
    long absoluteHours;

    @Inject
    Clock clock;

    /** Activity is noted at most this often, so a busy page does not rewrite the session on every request. */
    private static final Duration ACTIVITY_GRAIN = Duration.ofMinutes(1);
    /** When Keycloak cannot be reached, the roles it last gave are kept and asked for again after this. */
    private static final Duration UNREACHABLE_RETRY = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(CurrentMember.class.getName());

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
        if (lifetime().ended(signedIn.signedInAt(), signedIn.lastActiveAt(), now)
                || signOuts.ended(signedIn.sid(), signedIn.claims().subject(), signedIn.signedInAt())) {
            session.invalidate();
            return null;
        }
        SignedIn current = signedIn;
        if (!now.isBefore(signedIn.checkedAt().plusSeconds(refreshSeconds))) {
            current = refreshed(signedIn, now);
            if (current == null) {
                session.invalidate();
                return null;
            }
        }
        if (!Htmx.isBackground(request) && current.lastActiveAt().plus(ACTIVITY_GRAIN).isBefore(now)) {
            current = current.activeAt(now);
        }
        if (current != signedIn) {
            session.setAttribute(SESSION_KEY, current);
        }
        return current.claims();
    }

    /**
     * The sign-in with its roles and organisations read again from Keycloak; null when Keycloak refuses (the
     * session or the person is gone there) or answers with a token that fails its checks. When Keycloak cannot be
     * reached, what it said last stands and is asked again shortly.
     */
    private SignedIn refreshed(SignedIn signedIn, Instant now) {
        if (signedIn.refreshToken() == null) {
            return null;
        }
        try {
            Optional<JsonObject> tokens = provider.refresh(signedIn.refreshToken());
            if (tokens.isEmpty()) {
                return null;
            }
            String idToken = tokens.get().getString("id_token", null);
            SignInClaims fresh = IdTokens.signInClaims(IdTokens.validateRefreshed(idToken, provider::key,
                    provider.issuer(), provider.clientId(), signedIn.nonce(), signedIn.claims().subject(), now));
            members.signedIn(fresh);
            return signedIn.refreshed(fresh, idToken, tokens.get().getString("refresh_token",
                    signedIn.refreshToken()), now);
        } catch (IdTokens.InvalidTokenException e) {
            LOG.log(Level.WARNING, "Refused a refreshed ID token: {0}", e.getMessage());
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not refresh a sign-in from Keycloak: {0}", e.toString());
            return signedIn.checkedAt(now.minusSeconds(refreshSeconds).plus(UNREACHABLE_RETRY));
        }
    }

    private SessionLifetime lifetime() {
        return new SessionLifetime(Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours));
    }

    /**
     * Starts the sign-in in this session, under a new session id (so an id fixed before sign-in is useless),
     * and refreshes the member's organisations.
     */
    public void start(Tokens tokens) {
        request.changeSessionId();
        Instant now = clock.instant();
        request.getSession().setAttribute(SESSION_KEY, new SignedIn(tokens.claims(), tokens.idToken(), now, now,
                tokens.sid(), tokens.refreshToken(), tokens.nonce(), now));
        claims = tokens.claims();
        member = members.signedIn(claims).map(m -> m.withRoles(claims.roles()));
    }

    /**
     * What a sign-in brings from Keycloak: the validated claims, the ID token (to end the Keycloak session with),
     * the refresh token (to read the claims again), the Keycloak session id and the sign-in's nonce.
     */
    public record Tokens(SignInClaims claims, String idToken, String refreshToken, String sid, String nonce) {
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

    /** The subject of whoever is signed in on the request's session (no session is made, none is touched). */
    public static java.util.Optional<String> subjectOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object signedIn = session == null ? null : session.getAttribute(SESSION_KEY);
        return signedIn instanceof SignedIn s ? java.util.Optional.of(s.claims().subject()) : java.util.Optional.empty();
    }

    /**
     * What the session keeps of a sign-in: the claims, the ID token (only to end the Keycloak session later), when
     * it began, was last used and was last checked with Keycloak, and what checking it again takes.
     */
    private record SignedIn(SignInClaims claims, String idToken, Instant signedInAt, Instant lastActiveAt,
                            String sid, String refreshToken, String nonce, Instant checkedAt)
            implements Serializable {

        SignedIn activeAt(Instant now) {
            return new SignedIn(claims, idToken, signedInAt, now, sid, refreshToken, nonce, checkedAt);
        }

        SignedIn refreshed(SignInClaims fresh, String freshIdToken, String freshRefreshToken, Instant now) {
            return new SignedIn(fresh, freshIdToken, signedInAt, lastActiveAt, sid, freshRefreshToken, nonce, now);
        }

        SignedIn checkedAt(Instant at) {
            return new SignedIn(claims, idToken, signedInAt, lastActiveAt, sid, refreshToken, nonce, at);
        }
    }
}
