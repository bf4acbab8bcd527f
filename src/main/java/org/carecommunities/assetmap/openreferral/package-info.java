/**
 * Open Referral UK 3.0: the asset map published (OpenReferralFeed, OpenReferralRecords), and other directories
 * taken in from a file or from their feed's address (OpenReferralImport, FeedImports, FeedReader, FeedRuns),
 * their updates offered to stewards who edited a service (FeedCopies).
 */
package org.carecommunities.assetmap.openreferral;
