package org.carecommunities.forum.web;

import org.carecommunities.forum.ForumLinks;

/**
 * The forum module's own URLs (forms, htmx endpoints, moderation) and the ids htmx targets on its pages. The pages
 * other modules link to are {@link ForumLinks}, its public API; these constants name the same paths.
 */
public final class ForumRoutes {

    public static final String FORUMS = ForumLinks.FORUMS;
    public static final String SEARCH = ForumLinks.SEARCH;
    public static final String MODERATION = ForumLinks.MODERATION;
    public static final String NEW_FORUM = MODERATION + "/forums";
    public static final String SUSPENSIONS = MODERATION + "/suspensions";
    public static final String MODERATORS = MODERATION + "/moderators";
    public static final String WHATS_NEW = ForumLinks.WHATS_NEW;
    public static final String THREADS_ID = "forum-threads";
    public static final String SIMILAR_ID = "similar-threads";
    public static final String POSTS_ID = "thread-posts";
    /** The end of the loaded posts: revealed, it loads the next page in its place. */
    public static final String MORE_POSTS_ID = "more-posts";
    /** The hidden poller at the end of a thread's last page. */
    public static final String LIVE_ID = "live-replies";

    private ForumRoutes() {
    }

    public static String membership(String slug) {
        return ForumLinks.forum(slug) + "/membership";
    }

    public static String newThread(String slug) {
        return ForumLinks.forum(slug) + "/threads";
    }

    public static String similar(String slug) {
        return ForumLinks.forum(slug) + "/similar";
    }

    public static String replies(String slug, long id) {
        return ForumLinks.thread(slug, id) + "/replies";
    }

    public static String post(String slug, long thread, int position) {
        return ForumLinks.thread(slug, thread) + "/posts/" + position;
    }

    public static String report(String slug, long thread, int position) {
        return post(slug, thread, position) + "/report";
    }

    public static String moderatePost(long postId) {
        return MODERATION + "/posts/" + postId;
    }

    public static String moderateThread(long threadId) {
        return MODERATION + "/threads/" + threadId;
    }

    public static String suspension(long id) {
        return SUSPENSIONS + "/" + id;
    }
}
