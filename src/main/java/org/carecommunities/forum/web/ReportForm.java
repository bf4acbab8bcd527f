package org.carecommunities.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a member reports a post. */
public record ReportForm(
        @NotBlank(message = "Tell us what is wrong with the post")
        @Size(max = 500, message = "Reason must be 500 characters or fewer")
        String reason) {
}
