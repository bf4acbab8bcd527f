package org.carecommunities.identity.web;

/**
 * The page between signing out of the portal and out of Keycloak: a form that posts to Keycloak's end-session
 * endpoint (sent at once by a script, or by the button without JavaScript).
 *
 * @param endSession   Keycloak's end-session endpoint, or null when Keycloak cannot be reached
 * @param idTokenHint  the ID token of the ended sign-in, or null when there was none
 */
public record SignOutPage(String endSession, String idTokenHint, String clientId, String postLogoutRedirectUri,
                          String returnTo) {

    static final String TEMPLATE = "identity/signOut.jte";

    /** Whether there is a Keycloak session to end from here. */
    public boolean endsKeycloakSession() {
        return endSession != null && idTokenHint != null;
    }
}
