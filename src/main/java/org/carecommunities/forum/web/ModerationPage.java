package org.carecommunities.forum.web;

import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.moderation.ModerationItem;
import org.carecommunities.forum.moderation.ModerationLogEntry;
import org.carecommunities.forum.moderation.SuspensionRow;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;

import java.util.List;

/** The moderator's queue of hidden posts, the suspensions in force, and the record of what moderators did. */
public record ModerationPage(List<ModerationItem> queue, List<SuspensionRow> suspensions,
                             List<ModerationLogEntry> log, boolean admin, Lifting lifting, Errors errors) {

    /** The suspension whose lifting was refused (0: none), and its reason as typed. */
    public record Lifting(long suspension, ModerationForms.Reason form) {
        static final Lifting NONE = new Lifting(0, new ModerationForms.Reason(""));
    }

    /** The errors beside a suspension's lifting form: only the one that was refused. */
    public Errors errorsOf(SuspensionRow suspension) {
        return suspension.id() == lifting.suspension() && errors.has("reason")
                ? new Errors(java.util.Map.of("lift-reason-" + suspension.id(), errors.of("reason"))) : Errors.NONE;
    }

    /** The reason typed for lifting a suspension, when it came back refused. */
    public String reasonOf(SuspensionRow suspension) {
        return suspension.id() == lifting.suspension() ? lifting.form().reason() : "";
    }

    public String moderatorsUrl() {
        return ForumRoutes.MODERATORS;
    }

    public String newForumUrl() {
        return ForumRoutes.NEW_FORUM;
    }

    public String liftAction(SuspensionRow suspension) {
        return ForumRoutes.suspension(suspension.id());
    }

    public String until(SuspensionRow suspension) {
        return Dates.inWords(suspension.endsAt());
    }

    public String when(ModerationLogEntry entry) {
        return Dates.shown(entry.at());
    }

    public String whenIso(ModerationLogEntry entry) {
        return Dates.iso(entry.at());
    }

    /** The thread an action was about, when there is one to link to. */
    public String link(ModerationLogEntry entry) {
        return entry.postId() != null ? ForumRoutes.moderatePost(entry.postId())
                : entry.threadId() != null ? ForumRoutes.moderateThread(entry.threadId()) : null;
    }

    /** A hidden or reported post, with what a moderator can do about it. */
    public static Item item(ModerationItem item) {
        return new Item(item);
    }

    /** A post in the queue or on its own moderation page. */
    public record Item(ModerationItem post) {

        public String postUrl() {
            return ForumLinks.postInThread(post.forumSlug(), post.threadId(), post.position());
        }

        public String action() {
            return ForumRoutes.moderatePost(post.postId());
        }

        public String pageUrl() {
            return ForumRoutes.moderatePost(post.postId());
        }
    }
}
