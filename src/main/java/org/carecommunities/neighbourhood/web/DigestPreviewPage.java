package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.digests.DigestLetter;
import org.carecommunities.neighbourhood.digests.Digests;

/** This week's email about a neighbourhood, shown in the portal; null letter: a quiet week, no email. */
public record DigestPreviewPage(String neighbourhood, DigestLetter letter) {

    public String settingsUrl() {
        return Digests.SETTINGS;
    }
}
