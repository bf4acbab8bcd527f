package org.carecommunities.assetmap.services;

import org.carecommunities.platform.Text;
/** How a person starts using a service. */
public enum HowToJoin {
    JUST_TURN_UP("assetmap.howToJoin.justTurnUp"),
    SELF_REFERRAL("assetmap.howToJoin.selfReferral"),
    REFERRAL("assetmap.howToJoin.referral");

    /** The key of its name in the bundle. */
    private final String label;

    HowToJoin(String label) {
        this.label = label;
    }

    /** Its name in the reader's language. */
    public String label() {
        return Text.t(label);
    }
}
