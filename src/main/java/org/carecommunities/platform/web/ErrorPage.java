package org.carecommunities.platform.web;

import org.carecommunities.platform.Text;

/**
 * An error as people see it: what happened in their words, what to do next, and a reference that support
 * staff can find in the server log.
 */
public record ErrorPage(int status, String heading, String explanation, String reference) {

    public static final String TEMPLATE = "platform/error.jte";

    static ErrorPage of(int status, String reason, String reference) {
        return switch (status) {
            case 400 -> page(status, "platform.error.badRequest", "platform.error.badRequest.text",
                    reason, reference);
            case 403 -> page(status, "platform.error.forbidden", "platform.error.forbidden.text",
                    reason, reference);
            case 404 -> page(status, "platform.error.notFound", "platform.error.notFound.text",
                    reason, reference);
            case 405 -> page(status, "platform.error.notAllowed", "platform.error.notAllowed.text",
                    reason, reference);
            case 406, 415 -> page(status, "platform.error.badRequest", "platform.error.format.text",
                    reason, reference);
            case 409 -> page(status, "platform.error.conflict", "platform.error.conflict.text",
                    reason, reference);
            case 413 -> page(status, "platform.error.tooLarge", "platform.error.tooLarge.text",
                    reason, reference);
            case 429 -> page(status, "platform.error.tooMany", "platform.error.tooMany.text",
                    reason, reference);
            // a server's fault never shows its own words
            default -> status >= 500
                    ? page(status, "platform.error.server", "platform.error.server.text", null, reference)
                    : page(status, "platform.error.badRequest", "platform.error.other.text", reason, reference);
        };
    }

    /** The page with the message {@code heading} as its heading and the reason, else the message {@code text}. */
    private static ErrorPage page(int status, String heading, String text, String reason, String reference) {
        return new ErrorPage(status, Text.t(heading), orDefault(reason, Text.t(text)), reference);
    }

    private static String orDefault(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }

    public String title() {
        return heading;
    }
}
