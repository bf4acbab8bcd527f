/**
 * Neighbourhoods and the organisations that serve them: the shared vocabulary of the portal.
 *
 * <p>The root package is the module's API: the {@link org.carecommunities.neighbourhood.Neighbourhoods} facade,
 * the records it returns, {@link org.carecommunities.neighbourhood.OrganisationKind}, its public links, and the
 * interfaces later modules implement: {@link org.carecommunities.neighbourhood.NeighbourhoodBlock} (a block on a
 * neighbourhood's page) and {@link org.carecommunities.neighbourhood.DigestSection} (a part of the weekly email).
 * Sub-domains: {@code places}, {@code organisations} and {@code digests}; {@code web} holds the pages,
 * {@code domain} the entities.
 */
package org.carecommunities.neighbourhood;
