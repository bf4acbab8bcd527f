package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.identity.AccountBlock;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;

import java.util.List;
import java.util.Optional;

/**
 * A steward's account page lists the groups they look after, each linking to its page and to-do list; an admin's
 * says how many groups' claims wait for them, linking to the list.
 */
@ApplicationScoped
public class GroupsAccountBlock implements AccountBlock {

    @Inject
    Stewardship stewardship;

    @Override
    public Optional<Block> block(MemberDetails member) {
        List<Stewardship.WaitingClaim> groups = stewardship.groupsOf(member);
        if (!groups.isEmpty()) {
            return Optional.of(new Block(20, "groups", Text.t("assetmap.account.groups"),
                    Text.t("assetmap.account.youKeep", "count", groups.size()),
                    List.of(new Points(Text.t("assetmap.account.worklist"),
                            groups.stream().map(Stewardship.WaitingClaim::group).toList(),
                            groups.stream().map(g -> AssetMapLinks.group(g.slug())).toList()))));
        }
        if (member != null && member.has(Role.ADMIN)) {
            int waiting = stewardship.claimsWaiting(member).orRefuse().size();
            return Optional.of(new Block(20, "claims", Text.t("assetmap.account.claims"),
                    Text.t("assetmap.account.claimsWaiting", "count", waiting), List.of(),
                    Text.t("assetmap.account.seeClaims"),
                    AssetMapLinks.CLAIMS));
        }
        return Optional.empty();
    }
}
