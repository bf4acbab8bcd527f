/**
 * Answering a proposal, and the board's unmet needs page.
 */
package org.carecommunities.partnership.proposals.web;
