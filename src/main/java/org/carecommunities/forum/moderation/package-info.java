/**
 * Moderation, private to forum: the moderators' queue (ForumModeration works out which neighbourhoods a moderator
 * acts for itself), actions on posts and threads, suspensions and the moderation log.
 */
package org.carecommunities.forum.moderation;
