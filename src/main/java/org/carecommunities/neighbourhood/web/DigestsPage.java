package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.digests.Digests;
import org.carecommunities.platform.Errors;

/** A member chooses the neighbourhoods they get a weekly email about. */
public record DigestsPage(Digests.Settings settings, Errors errors, boolean saved) {

    static final String TEMPLATE = "neighbourhood/digests.jte";

    public String action() {
        return Digests.SETTINGS;
    }

    public String previewUrl(Digests.Choice choice) {
        return Digests.SETTINGS + "/preview?neighbourhood=" + choice.neighbourhoodId();
    }

    public boolean anyChosen() {
        return settings.choices().stream().anyMatch(Digests.Choice::chosen);
    }
}
