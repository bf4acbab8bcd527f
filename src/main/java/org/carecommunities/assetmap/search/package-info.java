/**
 * Finding services: the in-memory index of published services kept in step with the database on every server
 * (ServiceIndex, LiveServiceIndex), one search for the finder and the Open Referral feed (ServiceSearch), and the
 * rows it returns.
 */
package org.carecommunities.assetmap.search;
