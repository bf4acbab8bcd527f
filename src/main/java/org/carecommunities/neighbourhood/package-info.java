/**
 * Neighbourhoods and the organisations that serve them: the shared vocabulary of the portal.
 *
 * <p>The root package is the module's API: the {@link org.carecommunities.neighbourhood.Neighbourhoods} facade,
 * the records it returns, {@link org.carecommunities.neighbourhood.OrganisationKind} and
 * {@link org.carecommunities.neighbourhood.PostcodeDistrict}, its public links
 * ({@link org.carecommunities.neighbourhood.NeighbourhoodLinks}) and
 * {@link org.carecommunities.neighbourhood.NeighbourhoodBlock}, which later modules implement to add their block
 * to a neighbourhood's page. {@code web} (pages) and {@code domain} (entities) are private to the module.
 */
package org.carecommunities.neighbourhood;
