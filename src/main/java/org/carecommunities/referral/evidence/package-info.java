/**
 * Referrals' totals for a neighbourhood's board, never about a person: counts under five said as "fewer than 5",
 * and declines for being full listed among the neighbourhood's unmet needs.
 */
package org.carecommunities.referral.evidence;
