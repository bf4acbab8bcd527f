package org.carecommunities.forum.web;

import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.platform.Errors;

/** Locking or pinning a thread, and undoing either, with a reason. */
public record ThreadModerationPage(ThreadDetails thread, ModerationForms.Reason form, Errors errors) {

    public String action() {
        return ForumRoutes.moderateThread(thread.id());
    }

    public String threadUrl() {
        return ForumLinks.thread(thread.forum().slug(), thread.id());
    }
}
