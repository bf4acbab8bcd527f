package org.carecommunities.referral.referrals;

import org.carecommunities.referral.states.DeclineReason;
import org.carecommunities.referral.states.ReferralState;

import java.time.LocalDateTime;

/** A referral in a list: no personal details, only which service, where it is and when it was sent. */
public record ReferralRow(String reference, String service, String group, ReferralState state,
                          DeclineReason declineReason, LocalDateTime sentAt, LocalDateTime changedAt) {
}
