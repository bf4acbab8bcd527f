package org.carecommunities.identity.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.oidc.IdTokens;
import org.carecommunities.identity.oidc.OpenIdProvider;
import org.carecommunities.identity.oidc.SignInSettings;
import org.carecommunities.platform.Text;
import org.carecommunities.platform.View;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Signing in and out through Keycloak: the OpenID Connect authorization code flow with state, nonce and PKCE
 * (S256), the code exchanged over the back channel, the ID token checked before anything is trusted, and
 * RP-initiated sign-out that ends the Keycloak session too. Tokens never travel in URLs or logs.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    static final String CALLBACK = "/callback";
    private static final Logger LOG = Logger.getLogger(SignInResource.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PENDING = SignInResource.class.getName() + ".pending";
    /** Sign-ins started in other tabs that may still come back. */
    private static final int MAX_PENDING = 5;

    @Inject
    OpenIdProvider provider;

    @Inject
    CurrentMember current;

    @Inject
    SignInSettings settings;

    @Context
    HttpServletRequest request;

    @Inject
    Clock clock;

    @GET
    @Path("login")
    public Response login(@QueryParam("next") String next) {
        String returnTo = ReturnPath.safe(next);
        if (current.isSignedIn()) {
            return seeOther(returnTo);
        }
        if (!settings.host().equalsIgnoreCase(request.getServerName())) {
            // sign-in comes back to the public base URL, so it starts there too: its cookies must be there
            return Response.seeOther(URI.create(settings.baseUrl() + "/login?next="
                    + URLEncoder.encode(returnTo, StandardCharsets.UTF_8))).header("Cache-Control", "no-store").build();
        }
        String authorize = provider.endpoint("authorization_endpoint");
        if (authorize == null) {
            return unavailable();
        }
        PendingSignIn pending = new PendingSignIn(random(), random(), random(), returnTo);
        pendingSignIns(true).put(pending.state(), pending);
        String query = Map.of(
                        "response_type", "code",
                        "client_id", provider.clientId(),
                        "redirect_uri", callbackUri(),
                        "scope", OpenIdProvider.SCOPE,
                        "state", pending.state(),
                        "nonce", pending.nonce(),
                        "code_challenge", challenge(pending.verifier()),
                        "code_challenge_method", "S256",
                        // Keycloak's pages in the language the portal speaks to this person
                        "ui_locales", Text.current().id())
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Response.seeOther(URI.create(authorize + "?" + query)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("callback")
    public Response callback(@QueryParam("state") String state, @QueryParam("code") String code,
                             @QueryParam("error") String error) {
        Map<String, PendingSignIn> pendings = pendingSignIns(false);
        PendingSignIn pending = state == null || pendings == null ? null : pendings.remove(state);
        if (pending == null) {
            return refused(400, Text.t("identity.signIn.expired"));
        }
        if (error != null || code == null) {
            // access_denied and the like: Keycloak has told the person already
            return refused(400, Text.t("identity.signIn.cancelled"));
        }
        try {
            JsonObject tokens = provider.exchange(code, callbackUri(), pending.verifier());
            String idToken = tokens.getString("id_token", null);
            JsonObject claims = IdTokens.validate(idToken, provider::key, provider.issuer(), provider.clientId(),
                    pending.nonce(), Instant.now(clock));
            current.start(new CurrentMember.Tokens(IdTokens.signInClaims(claims), idToken,
                    tokens.getString("refresh_token", null), IdTokens.sessionId(claims), pending.nonce()));
        } catch (IdTokens.InvalidTokenException e) {
            LOG.log(Level.WARNING, "Refused an ID token: {0}", e.getMessage());
            return refused(403, Text.t("identity.signIn.unchecked"));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Sign-in failed at the token endpoint: {0}", e.getMessage());
            return refused(403, Text.t("identity.signIn.incomplete"));
        }
        if (current.member().isEmpty()) {
            return seeOther(AccountResource.SETUP + "?next=" + URLEncoder.encode(pending.returnTo(),
                    StandardCharsets.UTF_8));
        }
        return seeOther(pending.returnTo());
    }

    /**
     * Ends the portal session, then ends the Keycloak session by posting the ID token hint to Keycloak's
     * end-session endpoint from the page this returns (a POST keeps the token out of URLs).
     */
    @POST
    @Path("logout")
    public Response logout(@FormParam("next") String next) {
        String returnTo = ReturnPath.safe(next);
        String idToken = current.end();
        String endSession = provider.endpoint("end_session_endpoint");
        SignOutPage page = new SignOutPage(endSession, idToken, provider.clientId(), baseUri() + returnTo, returnTo);
        return Response.ok(View.page(Text.t("identity.signOut.signingOut"), SignOutPage.TEMPLATE, page))
                .header("Cache-Control", "no-store").build();
    }

    @SuppressWarnings("unchecked")
    private Map<String, PendingSignIn> pendingSignIns(boolean create) {
        HttpSession session = request.getSession(create);
        if (session == null) {
            return null;
        }
        Map<String, PendingSignIn> pending = (Map<String, PendingSignIn>) session.getAttribute(PENDING);
        if (pending == null && create) {
            pending = new PendingSignIns();
            session.setAttribute(PENDING, pending);
        }
        return pending;
    }

    private String callbackUri() {
        return baseUri() + CALLBACK;
    }

    /** The portal's public origin, from configuration: never from the request's Host header. */
    private String baseUri() {
        return settings.baseUrl();
    }

    private Response unavailable() {
        return Response.status(503).entity(View.page(Text.t("identity.signIn.unavailable"),
                        SignInProblemPage.TEMPLATE, SignInProblemPage.unavailable()))
                .header("Retry-After", "60").build();
    }

    private Response refused(int status, String explanation) {
        String heading = Text.t("identity.signIn.didNotComplete");
        return Response.status(status).entity(View.page(heading, SignInProblemPage.TEMPLATE,
                new SignInProblemPage(heading, explanation))).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).header("Cache-Control", "no-store").build();
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sign-in sent to Keycloak and not yet back: what its callback must match. */
    /**
     * The sign-ins a browser has started and not finished, the oldest forgotten past {@value #MAX_PENDING}: a
     * class of its own (not an anonymous one holding this resource), so the session can be stored and read again
     * by another server.
     */
    private static final class PendingSignIns extends LinkedHashMap<String, PendingSignIn> {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PendingSignIn> eldest) {
            return size() > MAX_PENDING;
        }
    }

    private record PendingSignIn(String state, String nonce, String verifier, String returnTo)
            implements java.io.Serializable {
    }
}
