package org.carecommunities.forum.web;

import org.carecommunities.forum.ForumSummary;
import org.carecommunities.platform.Errors;

import java.util.List;

/** Searching the forums' threads and posts, in one forum or all. */
public record SearchPage(String query, String forum, List<ForumSummary> forums, ThreadList results, boolean bestFirst,
                         boolean more, Errors errors) {

    public boolean searched() {
        return query != null && !query.isBlank() && !errors.any();
    }

    public String summary() {
        long total = results.threads().total();
        String words = "“" + query.strip() + "”";
        if (total == 0) {
            return "No threads match " + words;
        }
        if (more) {
            return "Many threads match " + words + ". These are the best matches among the most recent ("
                    + String.format(java.util.Locale.UK, "%,d", total) + " threads): add words to find fewer";
        }
        return String.format(java.util.Locale.UK, "%,d", total) + (total == 1 ? " thread matches " : " threads match ") + words
                + (total == 1 ? "" : bestFirst ? ", best matches first" : ", newest first");
    }

    /** The forums to search in, by slug. */
    public List<org.carecommunities.platform.Choice> forumChoices() {
        return forums.stream().map(f -> new org.carecommunities.platform.Choice(f.slug(), f.name())).toList();
    }
}
