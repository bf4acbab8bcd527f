package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.Digests;

/** What a one-click unsubscribe link did, with a way to undo it (the same signed link). */
public record UnsubscribedPage(String neighbourhood, boolean subscribed, String member, String place,
                               String signature) {

    static final String TEMPLATE = "neighbourhood/unsubscribed.jte";

    public String resubscribeAction() {
        return Digests.signedLink(Digests.RESUBSCRIBE, member, place, signature);
    }

    public String settingsUrl() {
        return Digests.SETTINGS;
    }
}
