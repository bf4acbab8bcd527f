package org.carecommunities.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The settings sign-in depends on, checked when the portal starts, which it refuses to do (failing closed) when
 * they would leave sign-in open to anyone: no client secret (OIDC_CLIENT_SECRET), the demo realm's secret without
 * demo data (a real deployment with the published secret), or a public base URL (PORTAL_BASE_URL) that is not an
 * absolute http(s) origin. The base URL, not a request's Host header, makes the sign-in callback and sign-out
 * return addresses.
 */
@ApplicationScoped
public class SignInSettings {

    /** The secret of the demo realm in keycloak-realm/: published, so only ever used with demo data. */
    static final String DEMO_SECRET = "portal-demo-secret";
    private static final Logger LOG = Logger.getLogger(SignInSettings.class.getName());

    @Inject
    @ConfigProperty(name = "oidc.client.secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "demo.data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "cookie.secure", defaultValue = "false")
    boolean secureCookies;

    @Inject
    @ConfigProperty(name = "session.cookie.name", defaultValue = "CCSESSION")
    String sessionCookie;

    void check(@Observes @jakarta.annotation.Priority(100) @Initialized(ApplicationScoped.class) Object started) {
        problem(clientSecret, demoData, baseUrl, secureCookies, sessionCookie).ifPresent(problem -> {
            LOG.severe(problem);
            throw new IllegalStateException(problem);
        });
    }

    /** What is wrong with these settings, or empty when the portal may start with them. */
    static Optional<String> problem(Optional<String> secret, boolean demoData, String baseUrl,
                                    boolean secureCookies) {
        return problem(secret, demoData, baseUrl, secureCookies, secureCookies ? HOST_PREFIX + "CCSESSION"
                : "CCSESSION");
    }

    /** The prefix that binds a cookie to the exact host, over HTTPS, for the whole site (no subdomain sets it). */
    static final String HOST_PREFIX = "__Host-";

    /**
     * As above, with the session cookie's name: over HTTPS it carries the {@code __Host-} prefix, so that no
     * other host of the domain can set or shadow it; over plain HTTP it cannot (browsers drop such a cookie).
     */
    static Optional<String> problem(Optional<String> secret, boolean demoData, String baseUrl,
                                    boolean secureCookies, String sessionCookie) {
        if (secureCookies && !sessionCookie.startsWith(HOST_PREFIX)) {
            return Optional.of("COOKIE_SECURE is on, so the session cookie is named with the __Host- prefix: set "
                    + "SESSION_COOKIE_NAME=__Host-CCSESSION (it was " + sessionCookie + ").");
        }
        if (!secureCookies && sessionCookie.startsWith(HOST_PREFIX)) {
            return Optional.of("SESSION_COOKIE_NAME has the __Host- prefix, which browsers accept only over HTTPS: "
                    + "set COOKIE_SECURE=true, or name it without the prefix.");
        }
        if (secret.isEmpty() || secret.get().isBlank()) {
            return Optional.of("No client secret for sign-in: set OIDC_CLIENT_SECRET to the portal client's secret "
                    + "in Keycloak. The portal will not start without it.");
        }
        if (DEMO_SECRET.equals(secret.get()) && !demoData) {
            return Optional.of("OIDC_CLIENT_SECRET is the demo realm's published secret, but demo data is off: this "
                    + "looks like a real deployment. Give the portal client its own secret in Keycloak and set it "
                    + "here. The portal will not start with the demo secret.");
        }
        if (origin(baseUrl) == null) {
            return Optional.of("PORTAL_BASE_URL must be the portal's public origin, such as "
                    + "https://carecommunities.example.org (no path); it was: " + baseUrl);
        }
        if (secureCookies && !baseUrl.strip().startsWith("https://")) {
            return Optional.of("COOKIE_SECURE is on, so the portal is served over HTTPS, but PORTAL_BASE_URL is not "
                    + "an https address: sign-in would come back over plain HTTP. It was: " + baseUrl);
        }
        return Optional.empty();
    }

    /** The base URL as an origin (scheme, host, port), or null when it is not one. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
            return web && uri.getHost() != null && bare && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null
                    ? uri.getScheme() + "://" + uri.getRawAuthority() : null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    public String clientSecret() {
        return clientSecret.orElse("");
    }

    /** The portal's public origin, such as {@code https://carecommunities.example.org}. */
    public String baseUrl() {
        String origin = origin(baseUrl);
        return origin == null ? baseUrl : origin;
    }

    /** The host of the public origin, which sign-in must start on (its cookies belong to it). */
    public String host() {
        return URI.create(baseUrl()).getHost();
    }
}
