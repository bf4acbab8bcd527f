package org.carecommunities.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecommunities.forum.moderation.ForumModeration;

/** Why a member reports a post. */
public record ReportForm(
        @NotBlank(message = "Tell us what is wrong with the post")
        @Size(max = ForumModeration.REASON_MAX, message = "Reason must be {max} characters or fewer")
        String reason) {
}
