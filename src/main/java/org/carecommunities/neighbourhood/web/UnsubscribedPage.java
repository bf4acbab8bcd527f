package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.digests.Digests;

/**
 * The page an unsubscribe link opens: first the one button that stops the email ({@code confirm}, the signed
 * address it posts to), then what it did ({@code stopped}), with the way to choose it again, signed in.
 */
public record UnsubscribedPage(String neighbourhood, boolean stopped, String confirm) {

    static final String TEMPLATE = "neighbourhood/unsubscribed.jte";

    public String settingsUrl() {
        return Digests.SETTINGS;
    }
}
