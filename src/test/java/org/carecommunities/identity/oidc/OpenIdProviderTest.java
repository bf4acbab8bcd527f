package org.carecommunities.identity.oidc;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class OpenIdProviderTest {

    @Test
    void anUnreachableKeycloakMakesSignInUnavailableRatherThanFailing() throws IOException {
        OpenIdProvider provider = new OpenIdProvider();
        provider.clock = java.time.Clock.systemUTC();
        try (ServerSocket closed = new ServerSocket(0)) {
            // a port that was free a moment ago: nothing listens once the socket is closed
            provider.issuer = "http://127.0.0.1:" + closed.getLocalPort() + "/realms/care-communities";
        }
        assertFalse(provider.available());
        assertNull(provider.endpoint("authorization_endpoint"));
        assertNull(provider.key("any"));
    }

    @Test
    void readsAnRsaSigningKeyFromItsJwk() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        var jwk = Json.createObjectBuilder().add("kty", "RSA").add("kid", "k1")
                .add("n", unsigned(key.getModulus())).add("e", unsigned(key.getPublicExponent())).build();
        RSAPublicKey read = (RSAPublicKey) OpenIdProvider.rsaKey(jwk);
        assertEquals(key.getModulus(), read.getModulus());
        assertEquals(key.getPublicExponent(), read.getPublicExponent());
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
