package org.carecommunities.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.forum.moderation.ForumModeration;
import org.carecommunities.identity.Members;

import java.time.Duration;
import java.util.List;

/** The forms moderators fill in. */
public final class ModerationForms {

    /** How long a suspension may last, as offered on the form. */
    public static final List<Integer> SUSPENSION_DAYS = List.of(1, 7, 30, 90);

    private ModerationForms() {
    }

    /** Why a moderator acts on a post or thread; locking needs one, since members are shown it. */
    public record Reason(@Size(max = ForumModeration.REASON_MAX, message = "{forum.moderation.reasonTooLong}")
                         String reason) {

        public String orDefault() {
            return reason == null || reason.isBlank() ? "" : reason.strip();
        }

        public boolean missing() {
            return reason == null || reason.isBlank();
        }
    }

    /** Suspending a post's author from posting in its neighbourhood. */
    public record Suspend(
            @NotBlank(message = "{forum.moderatePost.chooseHowLong}")
            @Pattern(regexp = "1|7|30|90", message = "{forum.moderatePost.chooseHowLong}")
            String days,
            @NotBlank(message = "{forum.moderatePost.sayWhy}")
            @Size(max = ForumModeration.REASON_MAX, message = "{forum.moderation.reasonTooLong}")
            String reason) {

        public static Suspend empty() {
            return new Suspend("", "");
        }

        public Duration period() {
            return Duration.ofDays(Integer.parseInt(days));
        }
    }

    /** Finding a member by name, to appoint them. */
    public record MemberSearch(
            @Size(max = Members.DISPLAY_NAME_MAX, message = "{forum.moderators.searchTooLong}") String q) {
    }

    /** A new themed forum in a neighbourhood. */
    public record NewForum(
            @NotBlank(message = "{forum.newForum.chooseTheNeighbourhood}")
            @Pattern(regexp = "\\d{1,18}", message = "{forum.newForum.chooseTheNeighbourhood}")
            String neighbourhood,
            @NotBlank(message = "{forum.newForum.nameRequired}")
            @Size(max = ForumModeration.NAME_MAX, message = "{forum.newForum.nameTooLong}")
            String name,
            @Size(max = ForumModeration.DESCRIPTION_MAX, message = "{forum.newForum.descriptionTooLong}")
            String description) {

        public static NewForum empty() {
            return new NewForum("", "", "");
        }
    }
}
