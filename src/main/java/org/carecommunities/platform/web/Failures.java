package org.carecommunities.platform.web;

import org.carecommunities.platform.View;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a failure into the page people see and the log line operators search: both carry the same
 * reference. Server faults are logged with their stack trace, which never reaches the response.
 */
final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private Failures() {
    }

    static View view(int status, String reason, String method, String uri, Throwable cause) {
        String reference = newReference();
        if (status >= 500) {
            LOG.log(Level.SEVERE, "[ref " + reference + "] " + status + " for " + method + " " + uri, cause);
        } else {
            LOG.log(Level.INFO, "[ref {0}] {1} for {2} {3}{4}", new Object[] {reference, status, method, uri,
                    cause == null ? "" : ": " + cause});
        }
        ErrorPage page = ErrorPage.of(status, reason, reference);
        return View.page(page.title(), ErrorPage.TEMPLATE, page);
    }

    static String newReference() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
