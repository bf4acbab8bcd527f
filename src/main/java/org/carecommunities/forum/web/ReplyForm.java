package org.carecommunities.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecommunities.forum.Forums;

/** A reply as typed. */
public record ReplyForm(
        @NotBlank(message = "Enter your reply")
        @Size(max = Forums.BODY_MAX, message = "Your reply must be 10,000 characters or fewer")
        String body) {
}
