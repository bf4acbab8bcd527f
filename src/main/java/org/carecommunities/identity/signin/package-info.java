/**
 * Signing in through Keycloak, private to identity: the claims a sign-in brings (SignInClaims), how long a
 * sign-in lasts (SessionLifetime), the sign-ins Keycloak has ended on every server (SignOuts), the requester a
 * rate limit counts, and the redirects to sign in or set up a profile (the two *RequiredException types, which
 * are redirects, not refusals).
 */
package org.carecommunities.identity.signin;
