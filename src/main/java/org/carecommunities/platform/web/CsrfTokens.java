package org.carecommunities.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * CSRF tokens that need no server state (OWASP's signed double-submit cookie): a random value and its HMAC,
 * bound to the session where there is one (so a sign-in, which changes the session id, rotates it) and to
 * nothing for someone only reading. The key is {@code portal.signing.key}, the same on every replica; without one
 * each start makes its own, which is right for one server only.
 */
@ApplicationScoped
public class CsrfTokens {

    private static final Logger LOG = Logger.getLogger(CsrfTokens.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "portal.signing.key", defaultValue = " ")
    String configuredKey;

    /** Where sign-ins are kept: "database" when several servers share them, and so must share the key too. */
    @Inject
    @ConfigProperty(name = "session.store", defaultValue = "memory")
    String sessionStore;

    private SecretKeySpec key;
    /*
     * A reader's first page issues a token: under load that is every request without a cookie, so each thread keeps
     * its own MAC and random source rather than looking the algorithm up, or queueing on one generator, each time.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final ThreadLocal<SecureRandom> randoms = ThreadLocal.withInitial(SecureRandom::new);

    /** The shortest signing key taken: 256 bits, the size of the HMAC-SHA256 it keys. */
    static final int KEY_BYTES_AT_LEAST = 32;

    /**
     * Refuses to start with a configured key too short to keep tokens unforgeable, or with none where servers
     * share sign-ins (a token made by one would be refused by the next); one server alone may make its own.
     */
    void check(@jakarta.enterprise.event.Observes @jakarta.annotation.Priority(100) @jakarta.enterprise.context.Initialized(
            jakarta.enterprise.context.ApplicationScoped.class) Object started) {
        keyProblem(configuredKey, "database".equals(sessionStore)).ifPresent(problem -> {
            LOG.severe(problem);
            throw new IllegalStateException(problem);
        });
    }

    /** What is wrong with a configured signing key, or empty when it may be used. */
    static java.util.Optional<String> keyProblem(String configured, boolean shared) {
        if (shared && (configured == null || configured.isBlank())) {
            return java.util.Optional.of("PORTAL_SIGNING_KEY is not set, and SESSION_STORE=database says several "
                    + "servers share sign-ins: give every one the same key of at least " + KEY_BYTES_AT_LEAST
                    + " random bytes (openssl rand -base64 48). The portal will not start without it.");
        }
        if (configured != null && !configured.isBlank()
                && configured.getBytes(StandardCharsets.UTF_8).length < KEY_BYTES_AT_LEAST) {
            return java.util.Optional.of("PORTAL_SIGNING_KEY is shorter than " + KEY_BYTES_AT_LEAST + " bytes: give "
                    + "it at least " + KEY_BYTES_AT_LEAST + " random bytes (openssl rand -base64 48). The portal "
                    + "will not start with a short key.");
        }
        return java.util.Optional.empty();
    }

    @PostConstruct
    void start() {
        byte[] secret;
        if (configuredKey == null || configuredKey.isBlank()) {
            secret = new byte[32];
            RANDOM.nextBytes(secret);
            LOG.info("No portal.signing.key set: CSRF tokens are signed with a key made at start-up; set "
                    + "PORTAL_SIGNING_KEY to the same secret on every replica when running more than one");
        } else {
            secret = configuredKey.getBytes(StandardCharsets.UTF_8);
        }
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** A new token bound to {@code binding} (a session id, or empty for someone not signed in). */
    public String issue(String binding) {
        byte[] nonce = new byte[18];
        randoms.get().nextBytes(nonce);
        String value = BASE64.encodeToString(nonce);
        return value + "." + signature(value, binding);
    }

    /** Whether the token is one this portal issued for {@code binding}. */
    public boolean valid(String token, String binding) {
        if (token == null || token.length() > 200) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String expected = signature(token.substring(0, dot), binding);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String value, String binding) {
        Mac mac = macs.get();
        mac.update(value.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) '|');
        return BASE64.encodeToString(mac.doFinal(binding.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
