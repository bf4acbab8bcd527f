package org.carecommunities.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecommunities.forum.Forums;

/** A reply as typed. */
public record ReplyForm(
        @NotBlank(message = "{forum.reply.required}")
        @Size(max = Forums.BODY_MAX, message = "{forum.reply.tooLong}")
        String body,

        /** The services ticked to cite, and the words typed to find more. */
        java.util.List<String> cite, String citeWords,

        /** The language it is written in, a tag (blank: the language of the author's pages). */
        String language) {

    public ReplyForm {
        cite = cite == null ? java.util.List.of() : java.util.List.copyOf(cite);
    }

    public ReplyForm(String body) {
        this(body, java.util.List.of(), "", null);
    }

    public ReplyForm(String body, java.util.List<String> cite, String citeWords) {
        this(body, cite, citeWords, null);
    }
}
