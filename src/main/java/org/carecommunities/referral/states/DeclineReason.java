package org.carecommunities.referral.states;

import org.carecommunities.platform.Text;

/** Why a group could not take a referral; a decline for being full counts as an unmet need on the board's list. */
public enum DeclineReason {
    FULL("referral.decline.full"),
    NOT_SUITABLE("referral.decline.notSuitable"),
    CANNOT_REACH("referral.decline.cannotReach");

    private final String key;

    DeclineReason(String key) {
        this.key = key;
    }

    /** In the reader's language: "the group is full". */
    public String label() {
        return Text.t(key);
    }
}
