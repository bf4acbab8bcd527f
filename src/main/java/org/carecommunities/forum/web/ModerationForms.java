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
    public record Reason(@Size(max = ForumModeration.REASON_MAX, message = "Reason must be {max} characters or fewer")
                         String reason) {

        public String orDefault() {
            return reason == null || reason.isBlank() ? "No reason given" : reason.strip();
        }

        public boolean missing() {
            return reason == null || reason.isBlank();
        }
    }

    /** Suspending a post's author from posting in its neighbourhood. */
    public record Suspend(
            @NotBlank(message = "Choose how long the suspension lasts")
            @Pattern(regexp = "1|7|30|90", message = "Choose how long the suspension lasts")
            String days,
            @NotBlank(message = "Say why; the member is shown the reason")
            @Size(max = ForumModeration.REASON_MAX, message = "Reason must be {max} characters or fewer")
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
            @Size(max = Members.DISPLAY_NAME_MAX, message = "Search for 60 characters or fewer") String q) {
    }

    /** A new themed forum in a neighbourhood. */
    public record NewForum(
            @NotBlank(message = "Choose the neighbourhood")
            @Pattern(regexp = "\\d{1,18}", message = "Choose the neighbourhood")
            String neighbourhood,
            @NotBlank(message = "Enter a name for the forum")
            @Size(max = ForumModeration.NAME_MAX, message = "Name must be 120 characters or fewer")
            String name,
            @Size(max = ForumModeration.DESCRIPTION_MAX, message = "Description must be 500 characters or fewer")
            String description) {

        public static NewForum empty() {
            return new NewForum("", "", "");
        }
    }
}
