/**
 * Groups' stewards at work, private to the asset map: claiming a group, editing its services, times, venues and
 * exceptions, the suggestions people send, reviews falling due (ReviewDue) and what is owed in their news
 * (StewardNews).
 */
package org.carecommunities.assetmap.stewardship;
