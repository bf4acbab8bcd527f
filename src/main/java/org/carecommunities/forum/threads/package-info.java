/**
 * Reading forums and threads, private to forum: the look-ups and posting rules the facades share (ForumQueries),
 * a page as one read (ForumReading, ThreadReading), rows and cards of threads and posts, the threads that cite a
 * service (ThreadsCiting, the asset map's CitedBy) and rendering old posts' HTML again (PostHtmlBackfill).
 */
package org.carecommunities.forum.threads;
