/**
 * The community asset map: services that voluntary, faith, residents' and leisure groups offer, where and when,
 * found by need, place and time, and published as Open Referral UK 3.0. Its facades ({@link AssetMap},
 * {@link OpenReferralFeed}) and records are the module's API; {@code web} and {@code domain} are private.
 */
package org.carecommunities.assetmap;
