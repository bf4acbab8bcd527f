package org.carecommunities.referral.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Navigation;
import org.carecommunities.platform.Text;
import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.referrals.Referrals;

import java.util.List;
import java.util.Optional;

/**
 * "Referrals" in the header, for link workers of a primary care network and the stewards of groups, with the
 * number of new referrals waiting for a steward's answer.
 */
@ApplicationScoped
public class ReferralNavigation implements Navigation {

    @Inject
    CurrentMember current;

    @Inject
    Referrals referrals;

    @Override
    public List<Entry> entries() {
        Optional<MemberDetails> member = current.member();
        if (member.isEmpty()) {
            return List.of();
        }
        boolean steward = !Referrals.stewarded(member.get()).isEmpty();
        if (!steward && referrals.networks(member.get()).isEmpty()) {
            return List.of();
        }
        return List.of(new Entry(40, Text.t("referral.list.title"), ReferralLinks.REFERRALS,
                List.of(ReferralLinks.REFERRALS), steward ? (int) referrals.waiting(member.get()) : 0));
    }
}
