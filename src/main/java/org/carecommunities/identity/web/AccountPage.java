package org.carecommunities.identity.web;

import org.carecommunities.identity.AccountBlock;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;

import java.util.List;

/** The member's account: their profile, what they may do, and who they act for. */
public record AccountPage(MemberDetails member, List<Role> roles, String homeNeighbourhood,
                          List<Organisation> organisations, List<AccountBlock.Block> blocks) {

    /** One of the member's organisations. */
    public record Organisation(String slug, String name) {
    }

    static final String TEMPLATE = "identity/account.jte";

    public String profileUrl() {
        return AccountResource.SETUP + "?next=" + AccountResource.ACCOUNT;
    }

    public String actingForAction() {
        return AccountResource.ACCOUNT + "/acting-for";
    }

    public boolean actsFor(String organisation) {
        return organisation.equals(member.actingOrganisation());
    }

    public boolean actsForThemselves() {
        return member.actingOrganisation() == null;
    }
}
