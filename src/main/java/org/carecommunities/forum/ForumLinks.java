package org.carecommunities.forum;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The forum module's public pages, for other modules and templates to link to without copying paths. */
public final class ForumLinks {

    public static final String FORUMS = "/forums";
    public static final String SEARCH = FORUMS + "/search";
    public static final String WHATS_NEW = FORUMS + "/new-for-you";
    public static final String MODERATION = FORUMS + "/moderation";

    private ForumLinks() {
    }

    public static String forum(String slug) {
        return FORUMS + "/" + slug;
    }

    public static String forumPage(String slug, int page) {
        return forum(slug) + (page > 1 ? "?page=" + page : "");
    }

    public static String thread(String slug, long id) {
        return forum(slug) + "/threads/" + id;
    }

    /** A proposal's story: from raised to the commitment it became. */
    public static String story(String slug, long id) {
        return thread(slug, id) + "/story";
    }

    public static String threadPage(String slug, long id, int page) {
        return thread(slug, id) + (page > 1 ? "?page=" + page : "");
    }

    /** The page of a thread a post is on, and the post on it. */
    public static String postInThread(String slug, long thread, int position) {
        return threadPage(slug, thread, position / Forums.POSTS_PER_PAGE + 1) + "#post-" + position;
    }

    /** A search of the forums (in one forum, or all when {@code forum} is null), as a shareable link. */
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
