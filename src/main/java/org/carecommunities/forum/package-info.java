/**
 * Neighbourhood forums: residents and the organisations serving them talk in their neighbourhood's forums, and
 * turn a thread into a proposal for the partnership board.
 *
 * <p>The root package is what later modules use: the {@link org.carecommunities.forum.Forums} facade (reading and
 * writing threads; later modules read a thread's details), {@link org.carecommunities.forum.UnmetFlags} (threads
 * flagged "I couldn't find a service for this", which the board counts), the proposal events it fires
 * ({@link org.carecommunities.forum.ProposalReachedThreshold}, {@link org.carecommunities.forum.ProposalFellBelowThreshold})
 * and those the partnership fires back ({@link org.carecommunities.forum.ProposalAnswered},
 * {@link org.carecommunities.forum.ProposalScheduled}, {@link org.carecommunities.forum.ProposalProgressed}), all
 * observed after commit, and its public links. Sub-domains: {@code threads}, {@code reading}, {@code proposals},
 * {@code trust}, {@code moderation} and {@code news}; {@code web} holds the pages, {@code domain} the entities
 * and their rules.
 */
package org.carecommunities.forum;
