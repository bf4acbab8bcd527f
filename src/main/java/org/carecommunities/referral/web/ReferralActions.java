package org.carecommunities.referral.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.assetmap.ServiceActions;
import org.carecommunities.assetmap.ServiceFacts;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Text;
import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.referrals.Referrals;
import org.carecommunities.referral.states.IntakeStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * A service's page offers a link worker "Refer someone" (or says the service is not taking referrals now), and
 * the group's stewards the referrals they have had.
 */
@ApplicationScoped
public class ReferralActions implements ServiceActions {

    @Inject
    Referrals referrals;

    @Override
    public List<Action> actions(ServiceFacts service, MemberDetails member) {
        List<Action> actions = new ArrayList<>();
        if (service.published() && !referrals.networks(member).isEmpty()) {
            IntakeStatus intake = referrals.intake(service.id());
            actions.add(intake == IntakeStatus.OPEN
                    ? new Action(Text.t("referral.action.refer"), ReferralLinks.refer(service.id()), "refer-someone")
                    : new Action(Text.t("referral.action.notTaking", "status", intake.label()),
                    ReferralLinks.REFERRALS, "not-taking-referrals"));
        }
        if (Referrals.stewarded(member).contains(service.groupSlug())) {
            actions.add(new Action(Text.t("referral.action.received"), ReferralLinks.REFERRALS, "group-referrals"));
        }
        return actions;
    }
}
