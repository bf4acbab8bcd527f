package org.carecommunities.identity.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks an ID token as OpenID Connect Core 3.1.3.7 asks: signed (RS256) by one of the provider's keys, issued
 * by the expected issuer for this client, not expired, and carrying the nonce of this sign-in. Anything else is
 * refused with a reason for the log (never shown to the person, and never containing the token).
 */
final class IdTokens {

    /** Clocks drift: tolerate this much between the portal and Keycloak. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private IdTokens() {
    }

    /** Thrown for any token that must not be trusted. */
    static final class InvalidTokenException extends Exception {
        InvalidTokenException(String reason) {
            super(reason);
        }
    }

    /**
     * @param keys finds the provider's public key for a key id ({@code kid}), or null when it has none
     * @return the token's claims, once every check has passed
     */
    static JsonObject validate(String token, Function<String, PublicKey> keys, String issuer, String clientId,
                               String nonce, Instant now) throws InvalidTokenException {
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
        Instant expires = instant(claims, "exp");
        if (expires == null || !now.isBefore(expires.plus(CLOCK_SKEW))) {
            throw new InvalidTokenException("expired");
        }
        Instant issued = instant(claims, "iat");
        if (issued == null || issued.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidTokenException("issued in the future");
        }
        if (nonce == null || !nonce.equals(claims.getString("nonce", null))) {
            throw new InvalidTokenException("wrong nonce");
        }
        if (claims.getString("sub", "").isBlank()) {
            throw new InvalidTokenException("no subject");
        }
        return claims;
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
