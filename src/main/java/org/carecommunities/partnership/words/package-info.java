/**
 * The partnership's news in words: each kind of {@code news.PartnershipNews} written when it is shown, for the reader
 * as they are then (an agreement kept to a board is shown only to those who may read it; a proposal's commitment
 * as its public face allows). It depends on every other sub-domain; none depends on it.
 */
package org.carecommunities.partnership.words;
