/** Forum entities and their rules: threads, posts, memberships. Private to the forum module. */
package org.carecommunities.forum.domain;
