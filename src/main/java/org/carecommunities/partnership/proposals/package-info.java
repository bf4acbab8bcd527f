/**
 * Residents' proposals on a board's list, their answers (a new or existing commitment, or declined with a
 * reason), and the board's list of unmet needs.
 */
package org.carecommunities.partnership.proposals;
