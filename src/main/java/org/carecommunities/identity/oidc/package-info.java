/**
 * OpenID Connect with Keycloak over the back channel: discovery, signing keys, the token endpoint (code exchange
 * and refresh), the checks on ID and logout tokens, and the sign-in settings the portal refuses to start without.
 * Private to the identity module.
 */
package org.carecommunities.identity.oidc;
