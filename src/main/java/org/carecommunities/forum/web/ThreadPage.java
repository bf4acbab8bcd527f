package org.carecommunities.forum.web;

import org.carecommunities.platform.WrittenLanguage;
import org.carecommunities.platform.Text;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.identity.SignInLinks;

import org.carecommunities.forum.threads.PostCard;
import org.carecommunities.forum.proposals.ProposalCard;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Paged;

import java.util.List;

/** A thread: a page of its posts, the way to further pages, and the reply form. */
public record ThreadPage(ThreadDetails thread, Paged<PostCard> posts, Viewer viewer, ReplyForm form, Errors errors,
                         ProposalCard proposal, Unmet unmet, org.carecommunities.assetmap.ServicePicker picker) {

    /** How many said "I couldn't find a service for this" of the thread, and whether the reader did. */
    public record Unmet(long count, boolean mine) {

        public String said() {
            return Text.t("forum.unmet.said", "count", count);
        }
    }

    public String unmetAction() {
        return org.carecommunities.forum.ForumLinks.thread(thread.forum().slug(), thread.id()) + "/unmet";
    }

    /**
     * Who is reading: signed in, joined the thread's forum, moderates its neighbourhood, follows the thread, and
     * why they may not write in it now (suspended, or the thread is locked), or null when they may.
     */
    public record Viewer(boolean signedIn, boolean joined, boolean moderator, boolean following, String refusal) {

        /** May send a reply: joined, and nothing stops them. */
        public boolean mayReply() {
            return joined && refusal == null;
        }
    }

    /** "rtl" when the thread's title was written in a language written right to left; else none. */
    public String titleDirection() {
        return WrittenLanguage.direction(thread.writtenIn());
    }

    public boolean signedIn() {
        return viewer.signedIn();
    }

    public boolean joined() {
        return viewer.joined();
    }

    /** What the member typed but could not send (the thread was locked, or they were suspended), to copy. */
    public String unsent() {
        return viewer.refusal() != null && form.body() != null && !form.body().isBlank() ? form.body() : null;
    }

    public String followAction() {
        return ForumLinks.thread(thread.forum().slug(), thread.id()) + "/follow";
    }

    public String moderateUrl() {
        return ForumRoutes.moderateThread(thread.id());
    }

    public String storyUrl() {
        return org.carecommunities.forum.ForumLinks.story(thread.forum().slug(), thread.id());
    }

    public String supportAction() {
        return ForumLinks.thread(thread.forum().slug(), thread.id()) + "/support";
    }

    public String supportCount() {
        return Text.t("forum.story.supports", "supports", proposal.supports(), "threshold", proposal.threshold());
    }

    public List<Entry> entries() {
        return entries(thread, posts.items(), viewer);
    }

    static List<Entry> entries(ThreadDetails thread, List<PostCard> posts, Viewer viewer) {
        return posts.stream().map(p -> new Entry(p, ForumRoutes.post(thread.forum().slug(), thread.id(),
                p.position()), viewer.joined() && !p.own() && !p.deleted() && !p.hidden()
                ? ForumRoutes.report(thread.forum().slug(), thread.id(), p.position()) : null,
                viewer.moderator() ? ForumRoutes.moderatePost(p.id()) : null)).toList();
    }

    /** On the last page, where new replies appear without reloading; null on earlier pages. */
    public LiveReplies live() {
        if (posts.hasNext()) {
            return null;
        }
        int last = posts.items().isEmpty() ? thread.replies() : posts.items().get(posts.items().size() - 1).position();
        return new LiveReplies(thread, List.of(), viewer, last);
    }

    public String forumUrl() {
        return ForumLinks.forum(thread.forum().slug());
    }

    public String replyAction() {
        return ForumRoutes.replies(thread.forum().slug(), thread.id());
    }

    public String membershipAction() {
        return ForumRoutes.membership(thread.forum().slug());
    }

    public String signInUrl() {
        return SignInLinks.signIn(ForumLinks.thread(thread.forum().slug(), thread.id()));
    }

    /** The next page of posts, loaded as the reader scrolls to the end (or followed as a link). */
    public String nextUrl() {
        return posts.hasNext() ? ForumLinks.threadPage(thread.forum().slug(), thread.id(), posts.page() + 1) : null;
    }

    public String previousUrl() {
        return posts.hasPrevious()
                ? ForumLinks.threadPage(thread.forum().slug(), thread.id(), posts.page() - 1) : null;
    }

    public String lastPageUrl() {
        return ForumLinks.threadPage(thread.forum().slug(), thread.id(), posts.pages());
    }

    public String replyCount() {
        return Text.t("forum.thread.replies", "count", thread.replies());
    }

    public String pageLabel() {
        return Text.t("platform.pages.pageOf", "page", posts.page(), "pages", posts.pages());
    }

    /** One post. */
    public record Entry(PostCard post, String editUrl, String reportUrl, String moderateUrl) {

        public String anchor() {
            return "post-" + post.position();
        }

        public String byline() {
            if (post.organisation() != null) {
                return Text.t("forum.thread.byFor", "author", post.author(), "organisation", post.organisation());
            }
            return post.neighbourhood() == null ? post.author()
                    : Text.t("forum.thread.byResident", "author", post.author(), "neighbourhood", post.neighbourhood());
        }

        public String when() {
            return Dates.shown(post.createdAt());
        }

        public String whenIso() {
            return Dates.iso(post.createdAt());
        }
    }

    public String shown(java.time.LocalDateTime at) {
        return org.carecommunities.platform.Dates.shown(at);
    }

    public String iso(java.time.LocalDateTime at) {
        return org.carecommunities.platform.Dates.iso(at);
    }
}
