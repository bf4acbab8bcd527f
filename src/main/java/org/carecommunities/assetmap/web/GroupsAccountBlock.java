package org.carecommunities.assetmap.web;

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
            return Optional.of(new Block(20, "groups", "Your groups on the asset map",
                    "You keep " + (groups.size() == 1 ? "this group's" : "these groups'") + " services up to date.",
                    List.of(new Points("Each page has your to-do list: reviews due and suggestions to answer.",
                            groups.stream().map(Stewardship.WaitingClaim::group).toList(),
                            groups.stream().map(g -> AssetMapLinks.group(g.slug())).toList()))));
        }
        if (member != null && member.has(Role.ADMIN)) {
            int waiting = stewardship.claimsWaiting(member).orRefuse().size();
            return Optional.of(new Block(20, "claims", "Groups' claims",
                    waiting == 0 ? "No claims are waiting." : waiting + (waiting == 1 ? " claim waits" : " claims wait")
                            + " for you to approve or refuse.", List.of(), "See the claims waiting",
                    AssetMapLinks.CLAIMS));
        }
        return Optional.empty();
    }
}
