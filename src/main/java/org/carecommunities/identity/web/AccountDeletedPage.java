package org.carecommunities.identity.web;

/**
 * After an account is deleted: what happened, and the sign-in account at Keycloak, which the member deletes
 * there (the portal has no right to), with a way to end its session on this device.
 */
public record AccountDeletedPage(String keycloakAccount, String endSession, String idTokenHint, String clientId,
                                 boolean wordsKept) {

    static final String TEMPLATE = "identity/accountDeleted.jte";

    public boolean endsKeycloakSession() {
        return endSession != null && idTokenHint != null;
    }
}
