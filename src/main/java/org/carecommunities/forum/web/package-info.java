/** The forum pages: forums, threads, replies, search, joining. Private to the forum module. */
package org.carecommunities.forum.web;
