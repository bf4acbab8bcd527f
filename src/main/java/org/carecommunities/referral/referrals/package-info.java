/**
 * Referring a person and answering a referral: the facade, who may read a referral, and the sealing of personal
 * details under the configured key.
 */
package org.carecommunities.referral.referrals;
