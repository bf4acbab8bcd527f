package org.carecommunities.forum.web;

import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.platform.Errors;

/** Reporting a post to the moderators. */
public record ReportPage(ThreadDetails thread, int position, ReportForm form, Errors errors) {

    public String action() {
        return ForumRoutes.report(thread.forum().slug(), thread.id(), position);
    }

    public String backUrl() {
        return ForumLinks.postInThread(thread.forum().slug(), thread.id(), position);
    }
}
