package org.carecommunities.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keycloak as the portal's OpenID Connect provider, reached over the back channel: its discovery document,
 * its signing keys, and the token endpoint. Settings from configuration (OIDC_ISSUER, OIDC_CLIENT_ID,
 * OIDC_CLIENT_SECRET). When Keycloak cannot be reached the portal keeps working for everyone not signing in.
 */
@ApplicationScoped
public class OpenIdProvider {

    private static final Logger LOG = Logger.getLogger(OpenIdProvider.class.getName());
    /** What the portal asks Keycloak for: who the person is, and every organisation they belong to. */
    public static final String SCOPE = "openid profile email organization:*";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** How long to wait before asking again for keys Keycloak did not have. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    /** How long an unreachable Keycloak is left alone before the next try. */
    private static final Duration UNREACHABLE_RETRY = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "oidc.client.id")
    String clientId;

    @Inject
    SignInSettings settings;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile JsonObject metadata;
    private volatile Instant lastFailure = Instant.EPOCH;
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private volatile Instant keysFetched = Instant.EPOCH;

    /** The provider's endpoints, fetched once; null while Keycloak cannot be reached. */
    JsonObject metadata() {
        JsonObject known = metadata;
        if (known != null) {
            return known;
        }
        if (Instant.now(clock).isBefore(lastFailure.plus(UNREACHABLE_RETRY))) {
            return null;
        }
        try {
            JsonObject document = get(issuer + "/.well-known/openid-configuration");
            if (!issuer.equals(document.getString("issuer", null))) {
                throw new IOException("discovery document names another issuer");
            }
            metadata = document;
            return document;
        } catch (IOException e) {
            lastFailure = Instant.now(clock);
            LOG.log(Level.WARNING, "Keycloak unreachable at {0}: {1}", new Object[] {issuer, e.toString()});
            return null;
        }
    }

    public boolean available() {
        return metadata() != null;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String endpoint(String name) {
        JsonObject known = metadata();
        return known == null ? null : known.getString(name, null);
    }

    /** The public key Keycloak signs with under that id, fetching its keys again when it is new. */
    public PublicKey key(String keyId) {
        if (keyId == null) {
            return null;
        }
        PublicKey key = keys.get(keyId);
        Instant now = Instant.now(clock);
        if (key == null && (keys.isEmpty() || now.isAfter(keysFetched.plus(RETRY_AFTER)))) {
            keysFetched = now;
            refreshKeys();
            key = keys.get(keyId);
        }
        return key;
    }

    /** Exchanges an authorization code (with its PKCE verifier) for tokens. */
    public JsonObject exchange(String code, String redirectUri, String verifier) throws IOException {
        HttpResponse<String> response = token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "code_verifier", verifier));
        if (response.statusCode() != 200) {
            // the body names the OAuth error (invalid_grant, ...) and holds no token
            throw new IOException("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    /**
     * New tokens for a sign-in, from its refresh token: empty when Keycloak refuses (the session ended there, the
     * person was disabled or removed); an exception when Keycloak cannot be reached or fails.
     */
    public Optional<JsonObject> refresh(String refreshToken) throws IOException {
        if (endpoint("token_endpoint") == null) {
            throw new IOException("Keycloak unreachable");
        }
        // the scopes again: Keycloak maps organisations only when the organization scope is asked for by name
        HttpResponse<String> response = token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
                "scope", SCOPE));
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            LOG.log(Level.INFO, "Keycloak refused a refresh: {0}", response.body());
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint answered " + response.statusCode());
        }
        return Optional.of(parse(response.body()));
    }

    /** A request to the token endpoint, authenticated as the portal's client. */
    private HttpResponse<String> token(Map<String, String> parameters) throws IOException {
        String form = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return send(request);
    }

    private void refreshKeys() {
        String uri = endpoint("jwks_uri");
        if (uri == null) {
            return;
        }
        try {
            for (JsonValue value : get(uri).getJsonArray("keys")) {
                JsonObject jwk = value.asJsonObject();
                if ("RSA".equals(jwk.getString("kty", null)) && !"enc".equals(jwk.getString("use", "sig"))) {
                    keys.put(jwk.getString("kid"), rsaKey(jwk));
                }
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read Keycloak's signing keys: {0}", e.toString());
        }
    }

    static PublicKey rsaKey(JsonObject jwk) throws GeneralSecurityException {
        BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n")));
        BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")));
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }

    private JsonObject get(String uri) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).GET().build());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        return parse(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static JsonObject parse(String body) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new IOException("not a JSON object");
        }
    }
}
