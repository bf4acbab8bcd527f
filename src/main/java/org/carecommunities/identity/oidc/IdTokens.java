package org.carecommunities.identity.oidc;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.carecommunities.identity.signin.SignInClaims;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks the tokens Keycloak sends: ID tokens as OpenID Connect Core 3.1.3.7 asks (signed (RS256) by one of the
 * provider's keys, issued by the expected issuer for this client, not expired, and carrying the nonce of this
 * sign-in), and logout tokens as Back-Channel Logout 1.0 asks. Anything else is refused with a reason for the log
 * (never shown to the person, and never containing the token).
 */
public final class IdTokens {

    /** Clocks drift: tolerate this much between the portal and Keycloak. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private IdTokens() {
    }

    /** Thrown for any token that must not be trusted. */
    public static final class InvalidTokenException extends Exception {
        InvalidTokenException(String reason) {
            super(reason);
        }
    }

    /**
     * An ID token from a sign-in.
     *
     * @param keys finds the provider's public key for a key id ({@code kid}), or null when it has none
     * @return the token's claims, once every check has passed
     */
    public static JsonObject validate(String token, Function<String, PublicKey> keys, String issuer, String clientId,
                                      String nonce, Instant now) throws InvalidTokenException {
        JsonObject claims = signedFor(token, keys, issuer, clientId, now);
        if (nonce == null || !nonce.equals(claims.getString("nonce", null))) {
            throw new InvalidTokenException("wrong nonce");
        }
        return claims;
    }

    /**
     * An ID token from a refresh (OpenID Connect Core 12.2): the same person as the sign-in, and its nonce, when
     * there is one, the sign-in's.
     */
    public static JsonObject validateRefreshed(String token, Function<String, PublicKey> keys, String issuer,
                                               String clientId, String nonce, String subject, Instant now)
            throws InvalidTokenException {
        JsonObject claims = signedFor(token, keys, issuer, clientId, now);
        if (claims.containsKey("nonce") && !Objects.equals(nonce, claims.getString("nonce", null))) {
            throw new InvalidTokenException("wrong nonce");
        }
        if (!subject.equals(claims.getString("sub"))) {
            throw new InvalidTokenException("another subject");
        }
        return claims;
    }

    /**
     * What a validated ID token says about the person: subject, name, email (only when {@code email_verified}:
     * an address nobody proved is theirs gets no mail from the portal), roles and organisations.
     */
    public static SignInClaims signInClaims(JsonObject claims) {
        boolean verified = claims.get("email_verified") == JsonValue.TRUE;
        return SignInClaims.of(claims.getString("sub"), text(claims, "name"), verified ? text(claims, "email") : null,
                strings(claims, "roles"), strings(claims, "organization"));
    }

    /** The Keycloak session an ID token belongs to ({@code sid}), or null when it names none. */
    public static String sessionId(JsonObject claims) {
        return text(claims, "sid");
    }

    private static List<String> strings(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return value.asJsonArray().stream().filter(v -> v instanceof JsonString)
                .map(v -> ((JsonString) v).getString()).toList();
    }

    /** The event a logout token must carry (OpenID Connect Back-Channel Logout 1.0, section 2.4). */
    static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    /**
     * A logout token, checked as OpenID Connect Back-Channel Logout 1.0 (section 2.6) asks: signed by the
     * provider, from its issuer, for this client, issued recently ({@code maxAge}) and not in the future, with
     * an id ({@code jti}, for refusing replays), the back-channel logout event, a {@code sid} or a {@code sub} (or
     * both), and no {@code nonce} (so an ID token cannot pass for one).
     */
    public static LogoutToken validateLogout(String token, Function<String, PublicKey> keys, String issuer,
                                             String clientId, Instant now, Duration maxAge)
            throws InvalidTokenException {
        JsonObject claims = signed(token, keys, issuer, clientId);
        Instant issued = instant(claims, "iat");
        if (issued == null || issued.isAfter(now.plus(CLOCK_SKEW)) || issued.isBefore(now.minus(maxAge))) {
            throw new InvalidTokenException("not issued recently");
        }
        Instant expires = instant(claims, "exp");
        if (expires != null && !now.isBefore(expires.plus(CLOCK_SKEW))) {
            throw new InvalidTokenException("expired");
        }
        JsonValue events = claims.get("events");
        if (events == null || events.getValueType() != JsonValue.ValueType.OBJECT
                || !events.asJsonObject().containsKey(BACKCHANNEL_LOGOUT_EVENT)
                || events.asJsonObject().get(BACKCHANNEL_LOGOUT_EVENT).getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidTokenException("no back-channel logout event");
        }
        if (claims.containsKey("nonce")) {
            throw new InvalidTokenException("a nonce: not a logout token");
        }
        String sid = text(claims, "sid");
        String sub = text(claims, "sub");
        if (sid == null && sub == null) {
            throw new InvalidTokenException("neither sid nor sub");
        }
        String jti = text(claims, "jti");
        if (jti == null) {
            throw new InvalidTokenException("no jti");
        }
        return new LogoutToken(jti, sid, sub, issued);
    }

    /** What a valid logout token says: end the sessions of this Keycloak session ({@code sid}) or person. */
    public record LogoutToken(String jti, String sid, String sub, Instant issuedAt) {
    }

    /** Signed by the provider, from the issuer, for this client (audience and authorised party), current. */
    private static JsonObject signedFor(String token, Function<String, PublicKey> keys, String issuer,
                                        String clientId, Instant now) throws InvalidTokenException {
        JsonObject claims = signed(token, keys, issuer, clientId);
        Instant expires = instant(claims, "exp");
        if (expires == null || !now.isBefore(expires.plus(CLOCK_SKEW))) {
            throw new InvalidTokenException("expired");
        }
        Instant issued = instant(claims, "iat");
        if (issued == null || issued.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidTokenException("issued in the future");
        }
        if (claims.getString("sub", "").isBlank()) {
            throw new InvalidTokenException("no subject");
        }
        return claims;
    }

    private static JsonObject signed(String token, Function<String, PublicKey> keys, String issuer, String clientId)
            throws InvalidTokenException {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(header.getString("alg", null))) {
            throw new InvalidTokenException("unexpected algorithm " + header.getString("alg", null));
        }
        PublicKey key = keys.apply(header.getString("kid", null));
        if (key == null) {
            throw new InvalidTokenException("unknown signing key");
        }
        verifySignature(parts, key);
        JsonObject claims = json(parts[1]);
        if (!Objects.equals(issuer, claims.getString("iss", null))) {
            throw new InvalidTokenException("wrong issuer");
        }
        if (!audienceContains(claims.get("aud"), clientId)) {
            throw new InvalidTokenException("not issued for this client");
        }
        if (claims.containsKey("azp") && !clientId.equals(claims.getString("azp", null))) {
            throw new InvalidTokenException("wrong authorised party");
        }
        return claims;
    }

    private static String text(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        return value instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    private static void verifySignature(String[] parts, PublicKey key) throws InvalidTokenException {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new InvalidTokenException("bad signature");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidTokenException("bad signature");
        }
    }

    private static boolean audienceContains(JsonValue audience, String clientId) {
        if (audience instanceof JsonString single) {
            return clientId.equals(single.getString());
        }
        return audience != null && audience.getValueType() == JsonValue.ValueType.ARRAY
                && audience.asJsonArray().stream()
                .anyMatch(v -> v instanceof JsonString s && clientId.equals(s.getString()));
    }

    private static Instant instant(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.NUMBER
                ? Instant.ofEpochSecond(claims.getJsonNumber(name).longValue()) : null;
    }

    private static JsonObject json(String part) throws InvalidTokenException {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidTokenException("malformed");
        }
    }
}
