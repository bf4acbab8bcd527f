package org.carecommunities.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecommunities.forum.Forums;

/** A new thread as typed. */
public record ThreadForm(
        @NotBlank(message = "{forum.forum.titleRequired}")
        @Size(max = Forums.TITLE_MAX, message = "{forum.forum.titleTooLong}")
        String title,

        @NotBlank(message = "{forum.forum.bodyRequired}")
        @Size(max = Forums.BODY_MAX, message = "{forum.forum.bodyTooLong}")
        String body,

        boolean proposal,

        /** The services ticked to cite, and the words typed to find more. */
        java.util.List<String> cite, String citeWords,

        /** The language it is written in, a tag (blank: the language of the author's pages). */
        String language) {

    public ThreadForm {
        cite = cite == null ? java.util.List.of() : java.util.List.copyOf(cite);
    }

    public ThreadForm(String title, String body, boolean proposal) {
        this(title, body, proposal, java.util.List.of(), "", null);
    }

    public static ThreadForm empty() {
        return new ThreadForm("", "", false);
    }
}
