/**
 * The weekly email of a neighbourhood: each module adds its part (neighbourhood.DigestSection); a member's email
 * is claimed once across servers (DigestClaims), sent outside any transaction (DigestPost) on a schedule
 * (DigestSchedule), and previewed or unsubscribed from (Digests).
 */
package org.carecommunities.neighbourhood.digests;
