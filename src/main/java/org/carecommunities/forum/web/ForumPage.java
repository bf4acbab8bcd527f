package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.identity.SignInLinks;

import org.carecommunities.forum.ForumSummary;
import org.carecommunities.platform.Errors;

/**
 * One forum: its threads by latest activity, joining or leaving it, and starting a thread (for members who
 * have joined; everyone else is told how to take part).
 */
public record ForumPage(ForumSummary forum, ThreadList threads, boolean signedIn,
                        boolean joined, String refusal, ThreadForm form, Errors errors,
                        org.carecommunities.assetmap.ServicePicker picker) {

    /** What the member typed but could not send (they were suspended meanwhile), to copy. */
    public String unsent() {
        if (refusal == null) {
            return null;
        }
        String text = java.util.stream.Stream.of(form.title(), form.body()).filter(t -> t != null && !t.isBlank())
                .collect(java.util.stream.Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }

    public String membershipAction() {
        return ForumRoutes.membership(forum.slug());
    }

    public String newThreadAction() {
        return ForumRoutes.newThread(forum.slug());
    }

    public String similarUrl() {
        return ForumRoutes.similar(forum.slug());
    }

    public String signInUrl() {
        return SignInLinks.signIn(ForumLinks.forum(forum.slug()));
    }

    public String searchAction() {
        return ForumRoutes.SEARCH;
    }

    public String counts() {
        return Text.t("forum.forums.counts", "members", forum.members(), "threads", forum.threads());
    }
}
