/**
 * Neighbourhood forums: residents and the organisations serving them talk in their neighbourhood's forums.
 *
 * <p>The root package is the module's API: the facades {@link org.carecommunities.forum.Forums} (reading and
 * taking part; a page is one read, {@link org.carecommunities.forum.ThreadReading} and
 * {@link org.carecommunities.forum.ForumReading}), {@link org.carecommunities.forum.ForumModeration} and
 * {@link org.carecommunities.forum.Following}, which return records and {@link org.carecommunities.platform.Outcome}s
 * (a refusal is a value, never an exception through a transaction); its events
 * ({@link org.carecommunities.forum.ProposalReachedThreshold}, {@link org.carecommunities.forum.ProposalFellBelowThreshold},
 * observed after commit); and its public links, {@link org.carecommunities.forum.ForumLinks}.
 * {@code ForumQueries} holds the look-ups and rules the facades share. {@code web} (pages, its header entries,
 * its block on a neighbourhood's page) and {@code domain} (entities and their rules) are private. Neighbourhoods
 * and members belong to earlier modules and are referred to by id.
 */
package org.carecommunities.forum;
