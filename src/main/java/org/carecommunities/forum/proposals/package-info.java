/**
 * A proposal's card and story as the forum shows them: its supports, its threshold, and what the board did with
 * it.
 */
package org.carecommunities.forum.proposals;
