/**
 * Trust levels earned by taking part (Trust, TrustStanding): what a member may do, how often, and what their
 * reports weigh.
 */
package org.carecommunities.forum.trust;
