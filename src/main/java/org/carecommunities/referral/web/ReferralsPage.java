package org.carecommunities.referral.web;

import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.referrals.ReferralRow;

import java.util.List;

/**
 * The referrals a member follows: those sent to the groups they steward (with whether each of their services
 * takes referrals) and those their primary care network made.
 */
public record ReferralsPage(boolean steward, boolean linkWorker, List<ReferralRow> received, List<ReferralRow> made,
                            List<ReferralForms.IntakeRow> intakes, boolean alerted) {

    public String alertsAction() {
        return ReferralLinks.REFERRALS + "/alerts";
    }

    static final String TEMPLATE = "referral/referrals.jte";

    public String href(ReferralRow row) {
        return ReferralLinks.referral(row.reference());
    }
}
