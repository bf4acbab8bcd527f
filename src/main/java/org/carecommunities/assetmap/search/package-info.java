/**
 * Finding services: the in-memory index of published services kept in step with the database on every server
 * (ListingIndex, LiveListingIndex), one search for the finder and the Open Referral feed (ListingSearch), and the
 * rows it returns.
 */
package org.carecommunities.assetmap.search;
