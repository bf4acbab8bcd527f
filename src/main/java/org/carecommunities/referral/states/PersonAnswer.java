package org.carecommunities.referral.states;

import org.carecommunities.platform.Text;

/** How it went, as the person said by their own link. */
public enum PersonAnswer {
    WENT("referral.answer.went"),
    NOT_YET("referral.answer.notYet"),
    NOT_FOR_ME("referral.answer.notForMe");

    private final String key;

    PersonAnswer(String key) {
        this.key = key;
    }

    public String label() {
        return Text.t(key);
    }
}
