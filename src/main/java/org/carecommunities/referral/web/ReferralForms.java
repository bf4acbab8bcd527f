package org.carecommunities.referral.web;

import org.carecommunities.referral.states.IntakeStatus;
import org.carecommunities.referral.domain.Intake;

/** The small forms of the referral pages. */
public final class ReferralForms {

    private ReferralForms() {
    }

    /** A steward's choice of whether a service takes referrals. */
    public record IntakeRow(String serviceId, String service, IntakeStatus status) {
    }

    /** The person's answer, as chosen. */
    public record AnswerForm(String answer) {
    }

    /** A decline's reason, as chosen. */
    public record DeclineForm(String reason) {
    }
}
