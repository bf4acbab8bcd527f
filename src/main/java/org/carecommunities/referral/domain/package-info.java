/**
 * The referral module's entities: a referral with its sealed personal details and its steps, each reading of
 * those details, and whether a service takes referrals.
 */
package org.carecommunities.referral.domain;
