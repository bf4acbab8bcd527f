/**
 * A member's partnership news: who follows an agreement or a commitment, and the news they and board members are
 * told (Followers). It depends on boards only; news that falls due with time is told by whoever owns it, through
 * NewsDue.
 */
package org.carecommunities.partnership.news;
