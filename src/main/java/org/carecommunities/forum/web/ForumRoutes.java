package org.carecommunities.forum.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The forum module's URLs and the ids htmx targets on its pages. */
public final class ForumRoutes {

    public static final String FORUMS = "/forums";
    public static final String SEARCH = FORUMS + "/search";
    public static final String MODERATION = FORUMS + "/moderation";
    public static final String NEW_FORUM = MODERATION + "/forums";
    public static final String SUSPENSIONS = MODERATION + "/suspensions";
    public static final String MODERATORS = MODERATION + "/moderators";
    public static final String WHATS_NEW = FORUMS + "/new-for-you";
    public static final String THREADS_ID = "forum-threads";
    public static final String SIMILAR_ID = "similar-threads";
    public static final String POSTS_ID = "thread-posts";
    /** The end of the loaded posts: revealed, it loads the next page in its place. */
    public static final String MORE_POSTS_ID = "more-posts";
    /** The hidden poller at the end of a thread's last page. */
    public static final String LIVE_ID = "live-replies";

    private ForumRoutes() {
    }

    public static String forum(String slug) {
        return FORUMS + "/" + slug;
    }

    public static String forumPage(String slug, int page) {
        return forum(slug) + (page > 1 ? "?page=" + page : "");
    }

    public static String membership(String slug) {
        return forum(slug) + "/membership";
    }

    public static String newThread(String slug) {
        return forum(slug) + "/threads";
    }

    public static String similar(String slug) {
        return forum(slug) + "/similar";
    }

    public static String thread(String slug, long id) {
        return forum(slug) + "/threads/" + id;
    }

    public static String threadPage(String slug, long id, int page) {
        return thread(slug, id) + (page > 1 ? "?page=" + page : "");
    }

    public static String replies(String slug, long id) {
        return thread(slug, id) + "/replies";
    }

    public static String post(String slug, long thread, int position) {
        return thread(slug, thread) + "/posts/" + position;
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

    /** The page of a thread a post is on, and the post on it. */
    public static String postInThread(String slug, long thread, int position) {
        return threadPage(slug, thread, position / org.carecommunities.forum.Forums.POSTS_PER_PAGE + 1)
                + "#post-" + position;
    }

    public static String search(String query, String forum, int page) {
        StringBuilder url = new StringBuilder(SEARCH).append("?q=")
                .append(URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8));
        if (forum != null) {
            url.append("&forum=").append(URLEncoder.encode(forum, StandardCharsets.UTF_8));
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }
}
