/**
 * Neighbourhood forums: residents and the organisations serving them talk in their neighbourhood's forums, and
 * turn a thread into a proposal for the partnership board.
 *
 * <p>The root package is what later modules use: the {@link org.carecommunities.forum.Forums} facade's reads of a
 * thread and of unmet needs, the proposal events it fires ({@link org.carecommunities.forum.ProposalReachedThreshold},
 * {@link org.carecommunities.forum.ProposalFellBelowThreshold}) and those the partnership fires back to it
 * ({@link org.carecommunities.forum.ProposalAnswered}, {@link org.carecommunities.forum.ProposalScheduled},
 * {@link org.carecommunities.forum.ProposalProgressed}), all observed after commit, and its public links. Sub-domains:
 * {@code threads}, {@code proposals}, {@code trust}, {@code moderation} and {@code news}; {@code web} holds the
 * pages, {@code domain} the entities and their rules.
 */
package org.carecommunities.forum;
