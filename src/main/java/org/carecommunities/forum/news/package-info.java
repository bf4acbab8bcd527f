/**
 * A member's forum news: what they follow (Following, which also observes the partnership's events about
 * proposals after commit), what is new in their forums (WhatsNew) and the forum's part of the weekly email
 * (ForumDigest).
 */
package org.carecommunities.forum.news;
