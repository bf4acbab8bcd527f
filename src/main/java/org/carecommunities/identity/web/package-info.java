/** Sign-in and sign-out through Keycloak, the member's account pages, and the sign-in redirect. Private. */
package org.carecommunities.identity.web;
