package org.carecommunities.referral.states;

import org.carecommunities.platform.Text;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral is. It starts {@link #SENT}; the group's stewards accept or decline it, then record contact
 * and a first attendance; it closes at attendance, a decline, the person's stopping it, or a time-out. A closed
 * referral's personal details are erased after a configured period, leaving its facts for the counts.
 */
public enum ReferralState {
    /** Sent to the group, waiting for its stewards. */
    SENT("referral.state.sent"),
    ACCEPTED("referral.state.accepted"),
    /** The group has been in touch with the person. */
    CONTACTED("referral.state.contacted"),
    /** The person came: closed. */
    ATTENDED("referral.state.attended"),
    /** The group could not take them (full, not suitable, could not reach): closed. */
    DECLINED("referral.state.declined"),
    /** The person asked not to be contacted: closed. */
    STOPPED("referral.state.stopped"),
    /** Not taken up within the set time: closed. */
    TIMED_OUT("referral.state.timedOut");

    private static final Set<ReferralState> CLOSED = EnumSet.of(ATTENDED, DECLINED, STOPPED, TIMED_OUT);

    private final String key;

    ReferralState(String key) {
        this.key = key;
    }

    public boolean closed() {
        return CLOSED.contains(this);
    }

    /** Whether a referral here may move to {@code next}. */
    public boolean mayBecome(ReferralState next) {
        return switch (this) {
            case SENT -> next == ACCEPTED || next == DECLINED || next == STOPPED || next == TIMED_OUT;
            case ACCEPTED -> next == CONTACTED || next == ATTENDED || next == DECLINED || next == STOPPED
                    || next == TIMED_OUT;
            case CONTACTED -> next == ATTENDED || next == DECLINED || next == STOPPED || next == TIMED_OUT;
            case ATTENDED, DECLINED, STOPPED, TIMED_OUT -> false;
        };
    }

    /** In the reader's language: "sent", "accepted". */
    public String label() {
        return Text.t(key);
    }
}
