package org.carecommunities.identity.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.identity.signin.SignOuts;
import org.carecommunities.identity.oidc.IdTokens;
import org.carecommunities.identity.oidc.OpenIdProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keycloak ends portal sessions (OpenID Connect Back-Channel Logout 1.0): when someone signs out elsewhere, an
 * administrator logs them out, or their Keycloak session ends, Keycloak posts a signed logout token here. A valid,
 * unused token ends that Keycloak session's portal sessions (or all of the person's) on every replica, and is
 * answered 200; anything else is answered 400 with a JSON error and ends nothing.
 */
@Path(BackChannelLogoutResource.PATH)
public class BackChannelLogoutResource {

    static final String PATH = "/backchannel-logout";
    /** A logout token older than this is refused: they are sent the moment a session ends. */
    static final Duration MAX_AGE = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(BackChannelLogoutResource.class.getName());

    @Inject
    OpenIdProvider provider;

    @Inject
    SignOuts signOuts;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response logout(@FormParam("logout_token") String logoutToken) {
        if (logoutToken == null || logoutToken.isBlank()) {
            return refused("no logout_token");
        }
        IdTokens.LogoutToken token;
        try {
            token = IdTokens.validateLogout(logoutToken, provider::key, provider.issuer(), provider.clientId(),
                    Instant.now(clock), MAX_AGE);
        } catch (IdTokens.InvalidTokenException e) {
            LOG.log(Level.WARNING, "Refused a logout token: {0}", e.getMessage());
            return refused("the logout token is not valid");
        }
        if (!signOuts.end(token.jti(), token.sid(), token.sub())) {
            LOG.warning("Refused a logout token used before");
            return refused("the logout token was used before");
        }
        signOuts.purge();
        return Response.ok().header("Cache-Control", "no-store").build();
    }

    private static Response refused(String description) {
        return Response.status(400).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder().add("error", "invalid_request")
                        .add("error_description", description).build().toString()).build();
    }
}
