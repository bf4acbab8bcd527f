/**
 * Identity: who is signed in (through Keycloak, one realm for every organisation), what they may do, and the
 * portal's own record of them (their {@link org.carecommunities.identity.MemberDetails member} profile).
 *
 * <p>The root package is the API every module uses: {@link org.carecommunities.identity.CurrentMember} (the
 * person making this request), {@link org.carecommunities.identity.Authorisation} (the one place where
 * permission is decided and refusals are raised), {@link org.carecommunities.identity.Role}, the
 * {@link org.carecommunities.identity.Members} facade, {@link org.carecommunities.identity.SignInLinks} (every
 * sign-in link with a return path is built there), and {@link org.carecommunities.identity.Directory}, which the
 * neighbourhood module implements so identity needs no dependency on it; {@link org.carecommunities.identity.News},
 * a member's news as facts ({@link org.carecommunities.identity.NewsFact}), written in words by the module that owns
 * each kind ({@link org.carecommunities.identity.NewsWords}). {@code signin} (claims, session
 * lifetime, ended sign-ins), {@code oidc} (the OpenID Connect exchange with Keycloak), {@code web} and
 * {@code domain} are private.
 */
package org.carecommunities.identity;
