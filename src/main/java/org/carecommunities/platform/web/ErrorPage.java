package org.carecommunities.platform.web;

/**
 * An error as people see it: what happened in their words, what to do next, and a reference that support
 * staff can find in the server log.
 */
public record ErrorPage(int status, String heading, String explanation, String reference) {

    public static final String TEMPLATE = "platform/error.jte";

    static ErrorPage of(int status, String reason, String reference) {
        return switch (status) {
            case 400 -> new ErrorPage(status, "There is a problem with the request",
                    orDefault(reason, "The address or the form sent was not understood."), reference);
            case 403 -> new ErrorPage(status, "You cannot do that",
                    orDefault(reason, "You do not have permission to see this page or to do this."), reference);
            case 404 -> new ErrorPage(status, "Page not found",
                    orDefault(reason, "If you typed the web address, check it is correct. "
                            + "If you pasted the web address, check you copied the entire address."), reference);
            case 405 -> new ErrorPage(status, "That cannot be done here",
                    orDefault(reason, "This page does not accept that kind of request."), reference);
            case 406, 415 -> new ErrorPage(status, "There is a problem with the request",
                    orDefault(reason, "This page cannot answer in the format asked for."), reference);
            case 409 -> new ErrorPage(status, "That cannot be done now",
                    orDefault(reason, "Things have changed since the page was loaded."), reference);
            case 413 -> new ErrorPage(status, "What you sent is too large",
                    orDefault(reason, "Shorten it and try again."), reference);
            case 429 -> new ErrorPage(status, "Too many requests",
                    orDefault(reason, "Wait a minute, then try again."), reference);
            default -> status >= 500
                    ? new ErrorPage(status, "Sorry, there is a problem with the service",
                            "Try again later. If it keeps happening, contact us and quote the reference below.",
                            reference)
                    : new ErrorPage(status, "There is a problem with the request",
                            orDefault(reason, "The request could not be completed."), reference);
        };
    }

    private static String orDefault(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }

    public String title() {
        return heading;
    }
}
