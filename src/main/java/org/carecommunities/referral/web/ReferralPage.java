package org.carecommunities.referral.web;

import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Text;
import org.carecommunities.referral.states.ReferralState;
import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.states.DeclineReason;
import org.carecommunities.referral.referrals.ReferralDetails;

import java.time.LocalDateTime;
import java.util.List;

/** A referral, for one who may read it: the person, the steps, and what its group's stewards may do next. */
public record ReferralPage(ReferralDetails referral, Errors errors) {

    static final String TEMPLATE = "referral/referral.jte";

    public String stepsAction() {
        return ReferralLinks.referral(referral.reference()) + "/steps";
    }

    public String declineAction() {
        return ReferralLinks.referral(referral.reference()) + "/decline";
    }

    public List<DeclineReason> reasons() {
        return List.of(DeclineReason.values());
    }

    /** A step's button: "Accept the referral", "They came". */
    public String button(ReferralState next) {
        return switch (next) {
            case ACCEPTED -> Text.t("referral.page.accept");
            case CONTACTED -> Text.t("referral.page.contacted");
            default -> Text.t("referral.page.attended");
        };
    }

    public String when(LocalDateTime at) {
        return Dates.inWords(at);
    }
}
