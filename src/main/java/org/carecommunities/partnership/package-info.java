/**
 * Partnership boards: a neighbourhood's partners, their agreements (who is party, what each commits to and by
 * when, which version everyone signed, the hash-chained audit), their meetings, and the loop that brings a
 * residents' proposal to the board and its progress back.
 *
 * <p>The last module so far: no other module uses it, so its root package holds only its public links
 * ({@link org.carecommunities.partnership.PartnershipLinks}). The sub-domains, in the order they depend on each
 * other: {@code boards} ← {@code news} ← {@code agreements} ← {@code commitments} ← {@code proposals} ←
 * {@code meetings}, each with its facade and, where it has pages, its {@code web}; {@code web} holds the pages
 * that gather several (the boards, a board's page, its members, the register, its block on a neighbourhood's
 * page); {@code domain} holds the entities they share. It observes the forum's proposal events after commit.
 */
package org.carecommunities.partnership;
