package org.carecommunities.identity.oidc;

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

    @Test
    void aRefreshedTokenIsTheSamePersonAndMayOmitTheNonce() throws Exception {
        assertEquals("subject-1", IdTokens.validateRefreshed(token(c -> c.remove("nonce")), keys, ISSUER, CLIENT,
                NONCE, "subject-1", NOW).getString("sub"));
        IdTokens.validateRefreshed(token(c -> c), keys, ISSUER, CLIENT, NONCE, "subject-1", NOW);
        assertEquals("another subject", assertThrows(IdTokens.InvalidTokenException.class, () ->
                IdTokens.validateRefreshed(token(c -> c), keys, ISSUER, CLIENT, NONCE, "subject-2", NOW))
                .getMessage());
        assertEquals("wrong nonce", assertThrows(IdTokens.InvalidTokenException.class, () ->
                IdTokens.validateRefreshed(token(c -> c.add("nonce", "other")), keys, ISSUER, CLIENT, NONCE,
                        "subject-1", NOW)).getMessage());
    }

    @Test
    void readsRolesOrganisationsAndTheKeycloakSession() {
        JsonObject claims = claims().add("roles", Json.createArrayBuilder().add("resident").add("unknown"))
                .add("organization", Json.createArrayBuilder().add("riverside-food-pantry")).add("sid", "kc-sess")
                .build();
        assertEquals(java.util.Set.of(org.carecommunities.identity.Role.RESIDENT),
                IdTokens.signInClaims(claims).roles());
        assertEquals(java.util.Set.of("riverside-food-pantry"), IdTokens.signInClaims(claims).organisations());
        assertEquals("kc-sess", IdTokens.sessionId(claims));
    }

    @Test
    void acceptsAGoodLogoutTokenNamingASessionOrAPerson() throws Exception {
        IdTokens.LogoutToken token = IdTokens.validateLogout(logout(c -> c), keys, ISSUER, CLIENT, NOW, MAX_AGE);
        assertEquals("kc-session-1", token.sid());
        assertEquals("subject-1", token.sub());
        assertEquals("jti-1", token.jti());
        assertEquals("subject-1", IdTokens.validateLogout(logout(c -> c.remove("sid")), keys, ISSUER, CLIENT, NOW,
                MAX_AGE).sub());
        assertEquals("kc-session-1", IdTokens.validateLogout(logout(c -> c.remove("sub")), keys, ISSUER, CLIENT, NOW,
                MAX_AGE).sid());
    }

    @Test
    void refusesLogoutTokensThatAreForgedMisaddressedOldOrNotLogouts() {
        assertLogoutRefused("bad signature", sign(header("kc-1"), logoutClaims().build(), forger.getPrivate()));
        assertLogoutRefused("wrong issuer", logout(c -> c.add("iss", "http://evil.example/realms/x")));
        assertLogoutRefused("not issued for this client", logout(c -> c.add("aud", "another-client")));
        assertLogoutRefused("not issued recently", logout(c -> c.add("iat", NOW.minusSeconds(600).getEpochSecond())));
        assertLogoutRefused("not issued recently", logout(c -> c.add("iat", NOW.plusSeconds(600).getEpochSecond())));
        assertLogoutRefused("not issued recently", logout(c -> c.remove("iat")));
        assertLogoutRefused("no back-channel logout event", logout(c -> c.remove("events")));
        assertLogoutRefused("no back-channel logout event", logout(c -> c.add("events",
                Json.createObjectBuilder().add("http://schemas.openid.net/event/other", Json.createObjectBuilder()))));
        assertLogoutRefused("no back-channel logout event", logout(c -> c.add("events",
                Json.createObjectBuilder().add(IdTokens.BACKCHANNEL_LOGOUT_EVENT, "yes"))));
        assertLogoutRefused("a nonce: not a logout token", logout(c -> c.add("nonce", NONCE)));
        assertLogoutRefused("a nonce: not a logout token", token(c -> c.add("events", Json.createObjectBuilder()
                .add(IdTokens.BACKCHANNEL_LOGOUT_EVENT, Json.createObjectBuilder()))));
        assertLogoutRefused("neither sid nor sub", logout(c -> c.remove("sid").remove("sub")));
        assertLogoutRefused("no jti", logout(c -> c.remove("jti")));
        assertLogoutRefused("expired", logout(c -> c.add("exp", NOW.minusSeconds(120).getEpochSecond())));
    }

    private static final java.time.Duration MAX_AGE = java.time.Duration.ofMinutes(2);

    private static void assertLogoutRefused(String reason, String token) {
        IdTokens.InvalidTokenException refused = assertThrows(IdTokens.InvalidTokenException.class,
                () -> IdTokens.validateLogout(token, keys, ISSUER, CLIENT, NOW, MAX_AGE));
        assertEquals(reason, refused.getMessage());
    }

    private static JsonObjectBuilder logoutClaims() {
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", "subject-1")
                .add("aud", CLIENT)
                .add("iat", NOW.minusSeconds(2).getEpochSecond())
                .add("jti", "jti-1")
                .add("sid", "kc-session-1")
                .add("events", Json.createObjectBuilder().add(IdTokens.BACKCHANNEL_LOGOUT_EVENT,
                        Json.createObjectBuilder()));
    }

    private static String logout(UnaryOperator<JsonObjectBuilder> change) {
        return sign(header("kc-1"), change.apply(logoutClaims()).build(), keycloak.getPrivate());
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

    @Test
    void anEmailIsTakenOnlyWhenKeycloakSaysItWasVerified() {
        jakarta.json.JsonObject unverified = jakarta.json.Json.createObjectBuilder().add("sub", "s1")
                .add("name", "Nia").add("email", "nia@residents.example").add("email_verified", false).build();
        assertEquals(null, IdTokens.signInClaims(unverified).email(), "no weekly email to an address nobody proved");
        jakarta.json.JsonObject silent = jakarta.json.Json.createObjectBuilder().add("sub", "s1")
                .add("email", "nia@residents.example").build();
        assertEquals(null, IdTokens.signInClaims(silent).email());
        jakarta.json.JsonObject verified = jakarta.json.Json.createObjectBuilder().add("sub", "s1")
                .add("email", "nia@residents.example").add("email_verified", true).build();
        assertEquals("nia@residents.example", IdTokens.signInClaims(verified).email());
    }
}
