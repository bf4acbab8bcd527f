package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
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
        String words = query.strip();
        if (more) {
            return Text.t("forum.search.many", "words", words, "total", total);
        }
        String matching = Text.t("forum.search.matching", "count", total, "words", words);
        return total < 2 ? matching
                : Text.t(bestFirst ? "forum.search.bestFirst" : "forum.search.newestFirst", "matching", matching);
    }

    /** The forums to search in, by slug. */
    public List<org.carecommunities.platform.Choice> forumChoices() {
        return forums.stream().map(f -> new org.carecommunities.platform.Choice(f.slug(), f.name())).toList();
    }
}
