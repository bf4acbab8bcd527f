package org.carecommunities.referral.states;

import org.carecommunities.platform.Text;

/** Whether a service takes referrals: open, paused while full, or not taking them at all. */
public enum IntakeStatus {
    OPEN, PAUSED, CLOSED;

    /** In the reader's language: "Taking referrals". */
    public String label() {
        return switch (this) {
            case OPEN -> Text.t("referral.intake.open");
            case PAUSED -> Text.t("referral.intake.paused");
            case CLOSED -> Text.t("referral.intake.closed");
        };
    }
}
