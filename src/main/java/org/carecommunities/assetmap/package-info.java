/**
 * The community asset map: services that voluntary, faith, residents' and leisure groups offer, where and when,
 * found by need, place and time, and published as Open Referral UK 3.0.
 *
 * <p>The root package is what later modules use: {@link org.carecommunities.assetmap.AssetMap} (citing services
 * in posts and commitments, the picker, the searches that found nothing), {@link org.carecommunities.assetmap.CitedBy}
 * (implemented by the modules that cite services), the records those return and the public links. Sub-domains:
 * {@code search}, {@code services}, {@code stewardship}, {@code shortlists} and {@code openreferral}; {@code web}
 * holds the pages and the Open Referral API, {@code domain} the entities, {@code geo} the postcode look-up.
 */
package org.carecommunities.assetmap;
