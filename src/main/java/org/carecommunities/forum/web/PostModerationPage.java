package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.moderation.ModerationItem;
import org.carecommunities.platform.Errors;

import java.util.List;

/**
 * One post as its moderator sees it: hide or restore it, and suspend its author from posting in the
 * neighbourhood. {@code suspendedUntil} says so when the author already is.
 */
public record PostModerationPage(ModerationItem post, String suspendedUntil, ModerationForms.Suspend form,
                                 Errors errors) {

    public ModerationPage.Item item() {
        return ModerationPage.item(post);
    }

    public String suspendAction() {
        return ForumRoutes.SUSPENSIONS;
    }

    public List<Integer> dayChoices() {
        return ModerationForms.SUSPENSION_DAYS;
    }

    public String dayLabel(int days) {
        return Text.t("forum.moderation.days", "count", days);
    }

    public boolean chosen(int days) {
        return String.valueOf(days).equals(form.days());
    }
}
