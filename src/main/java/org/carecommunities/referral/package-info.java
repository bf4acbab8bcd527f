/**
 * Referrals: a link worker of the primary care network refers a person to a community group's service, with the
 * least personal data that does the job; the group's stewards answer; the person tells how it went by a link of
 * their own; the partnership board sees the totals, never the people.
 *
 * <p>The root package is what other modules use: {@link org.carecommunities.referral.ReferralLinks}. Sub-domains:
 * {@code referrals} (the facade, who may see what, the cipher of personal details), {@code web} its pages,
 * {@code domain} the entities, {@code rights} the member's data.
 */
package org.carecommunities.referral;
