package org.carecommunities.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecommunities.forum.moderation.ForumModeration;

/** Why a member reports a post. */
public record ReportForm(
        @NotBlank(message = "{forum.report.required}")
        @Size(max = ForumModeration.REASON_MAX, message = "{forum.moderation.reasonTooLong}")
        String reason) {
}
