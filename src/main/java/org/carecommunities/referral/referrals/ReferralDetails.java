package org.carecommunities.referral.referrals;

import org.carecommunities.referral.states.DeclineReason;
import org.carecommunities.referral.states.PersonAnswer;
import org.carecommunities.referral.states.ReferralState;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A referral as one who may read it sees it: its service, state and steps, and the person's details (null once
 * erased, or when {@code unopened}: sealed with another key, or changed); {@code steward} whether the reader answers
 * for the group (and so may move it on); {@code personLink} the person's own link (null once their details are
 * erased), {@code personToldAt} when it reached them by email (null: to be given to them), {@code shortMessage} the
 * text to send a person reached by phone (null otherwise).
 */
public record ReferralDetails(String reference, String serviceId, String service, String group, ReferralState state,
                           DeclineReason declineReason, PersonAnswer answer, PersonDetails person,
                           String referredBy, LocalDateTime consentAt, List<Step> steps, boolean steward,
                           boolean unopened, String personLink, LocalDateTime personToldAt,
                           List<Reading> readings, String shortMessage) {

    /** A reading of the person's details: who (null: a former member) and when; the person may ask for these. */
    public record Reading(String who, LocalDateTime at) {
    }

    /** A step: what became of it and when. */
    public record Step(ReferralState state, LocalDateTime at) {
    }

    /** The steps its stewards may take from here. */
    public List<ReferralState> next() {
        if (!steward) {
            return List.of();
        }
        return List.of(ReferralState.ACCEPTED, ReferralState.CONTACTED, ReferralState.ATTENDED).stream()
                .filter(state::mayBecome).toList();
    }

    public boolean mayDecline() {
        return steward && state.mayBecome(ReferralState.DECLINED);
    }
}
