package org.carecommunities.forum.web;

import org.carecommunities.forum.ForumSummary;
import org.carecommunities.platform.Errors;

import java.util.List;

/** Searching the forums' threads and posts, in one forum or all. */
public record SearchPage(String query, String forum, List<ForumSummary> forums, ThreadList results, Errors errors) {

    public boolean searched() {
        return query != null && !query.isBlank() && !errors.any();
    }

    public String summary() {
        long total = results.threads().total();
        return total == 0 ? "No threads match “" + query.strip() + "”"
                : total + (total == 1 ? " thread matches “" : " threads match “") + query.strip() + "”";
    }

    /** The forums to search in, by slug. */
    public List<org.carecommunities.platform.Choice> forumChoices() {
        return forums.stream().map(f -> new org.carecommunities.platform.Choice(f.slug(), f.name())).toList();
    }
}
