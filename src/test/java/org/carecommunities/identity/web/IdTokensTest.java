package org.carecommunities.identity.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ID tokens are trusted only when every check passes: forged, expired or misdirected ones are refused. */
class IdTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/care-communities";
    private static final String CLIENT = "portal";
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private static KeyPair keycloak;
    private static KeyPair forger;
    private static Function<String, PublicKey> keys;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keycloak = generator.generateKeyPair();
        forger = generator.generateKeyPair();
        keys = kid -> "kc-1".equals(kid) ? keycloak.getPublic() : null;
    }

    @Test
    void acceptsAGoodTokenAndReturnsItsClaims() throws Exception {
        JsonObject claims = IdTokens.validate(token(c -> c), keys, ISSUER, CLIENT, NONCE, NOW);
        assertEquals("subject-1", claims.getString("sub"));
    }

    @Test
    void acceptsAnAudienceListNamingThisClient() throws Exception {
        String token = token(c -> c.add("aud", Json.createArrayBuilder().add(CLIENT).add("account")).add("azp", CLIENT));
        assertEquals("subject-1", IdTokens.validate(token, keys, ISSUER, CLIENT, NONCE, NOW).getString("sub"));
    }

    @Test
    void refusesAForgedSignature() {
        assertRefused("bad signature", sign(header("kc-1"), claims().build(), forger.getPrivate()));
    }

    @Test
    void refusesATamperedPayload() {
        String[] parts = token(c -> c).split("\\.");
        String other = base64(claims().add("sub", "someone-else").build().toString());
        assertRefused("bad signature", parts[0] + "." + other + "." + parts[2]);
    }

    @Test
    void refusesUnsignedAndUnknownKeyTokens() {
        String none = base64("{\"alg\":\"none\"}") + "." + base64(claims().build().toString()) + ".";
        assertRefused("unexpected algorithm none", none);
        assertRefused("unknown signing key", sign(header("other-kid"), claims().build(), keycloak.getPrivate()));
        assertRefused("not a signed JWT", "not-a-token");
        assertRefused("not a signed JWT", null);
        assertRefused("malformed", "%%%.e30.e30");
        assertRefused("unexpected algorithm null", "e30.e30.e30");
    }

    @Test
    void refusesAnExpiredToken() {
        assertRefused("expired", token(c -> c.add("exp", NOW.minusSeconds(61).getEpochSecond())));
    }

    @Test
    void toleratesSmallClockDrift() throws Exception {
        IdTokens.validate(token(c -> c.add("exp", NOW.minusSeconds(30).getEpochSecond())), keys, ISSUER, CLIENT,
                NONCE, NOW);
    }

    @Test
    void refusesATokenFromTheFuture() {
        assertRefused("issued in the future", token(c -> c.add("iat", NOW.plusSeconds(600).getEpochSecond())));
    }

    @Test
    void refusesAnotherIssuerAudienceOrParty() {
        assertRefused("wrong issuer", token(c -> c.add("iss", "http://evil.example/realms/care-communities")));
        assertRefused("not issued for this client", token(c -> c.add("aud", "another-client")));
        assertRefused("wrong authorised party", token(c -> c.add("azp", "another-client")));
    }

    @Test
    void refusesAReplayedTokenWithAnotherSignInsNonce() {
        assertRefused("wrong nonce", token(c -> c.add("nonce", "someone-elses-nonce")));
        assertRefused("wrong nonce", token(c -> c.remove("nonce")));
    }

    private static void assertRefused(String reason, String token) {
        IdTokens.InvalidTokenException refused = assertThrows(IdTokens.InvalidTokenException.class,
                () -> IdTokens.validate(token, keys, ISSUER, CLIENT, NONCE, NOW));
        assertEquals(reason, refused.getMessage());
    }

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", "subject-1")
                .add("aud", CLIENT)
                .add("exp", NOW.plusSeconds(300).getEpochSecond())
                .add("iat", NOW.minusSeconds(5).getEpochSecond())
                .add("nonce", NONCE);
    }

    private static String token(UnaryOperator<JsonObjectBuilder> change) {
        return sign(header("kc-1"), change.apply(claims()).build(), keycloak.getPrivate());
    }

    private static JsonObject header(String kid) {
        return Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", kid).build();
    }

    private static String sign(JsonObject header, JsonObject claims, PrivateKey key) {
        try {
            String signingInput = base64(header.toString()) + "." + base64(claims.toString());
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
