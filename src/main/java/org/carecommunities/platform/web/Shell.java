package org.carecommunities.platform.web;

import org.carecommunities.platform.AccountSlot;

/**
 * What the page layout needs besides the main content.
 *
 * @param title     the page's own title; the layout adds the service name
 * @param csrfToken sent back by every form and by htmx (header) on state-changing requests
 * @param assets    versioned URLs of the portal's own static files
 * @param account   the header's sign-in slot, or null when no module fills it
 */
public record Shell(String title, String csrfToken, Assets assets, AccountSlot.Account account) {

    public static final String SERVICE_NAME = "Care Communities";
    /** The id of {@code <main>}: the target of page-to-page htmx navigation and of the skip link. */
    public static final String MAIN_ID = "maincontent";
    public static final String STATUS_ID = "status-message";

    public String fullTitle() {
        return title + " – " + SERVICE_NAME;
    }
}
