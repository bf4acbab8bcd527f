package org.carecommunities.forum.web;

import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.platform.Errors;

/** Changing or deleting one's own post. */
public record EditPostPage(ThreadDetails thread, int position, ReplyForm form, Errors errors,
                           org.carecommunities.assetmap.ServicePicker picker) {

    public String action() {
        return ForumRoutes.post(thread.forum().slug(), thread.id(), position);
    }

    public String backUrl() {
        return ForumLinks.postInThread(thread.forum().slug(), thread.id(), position);
    }
}
