package org.carecommunities.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new thread as typed. */
public record ThreadForm(
        @NotBlank(message = "Enter a title for your thread")
        @Size(max = 150, message = "Title must be 150 characters or fewer")
        String title,

        @NotBlank(message = "Enter what you want to say")
        @Size(max = 10000, message = "Your message must be 10,000 characters or fewer")
        String body,

        boolean proposal) {

    public static ThreadForm empty() {
        return new ThreadForm("", "", false);
    }
}
