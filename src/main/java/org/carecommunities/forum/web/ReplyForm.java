package org.carecommunities.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply as typed. */
public record ReplyForm(
        @NotBlank(message = "Enter your reply")
        @Size(max = 10000, message = "Your reply must be 10,000 characters or fewer")
        String body) {
}
