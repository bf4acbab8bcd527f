/**
 * What partners commit to in an agreement, its milestones and progress; a commitment that carries out a
 * residents' proposal tells the proposal's thread of its progress (forum.ProposalProgressed).
 */
package org.carecommunities.partnership.commitments;
