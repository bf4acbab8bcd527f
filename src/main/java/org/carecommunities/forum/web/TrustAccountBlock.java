package org.carecommunities.forum.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.forum.trust.Trust;
import org.carecommunities.forum.trust.TrustStanding;
import org.carecommunities.identity.AccountBlock;
import org.carecommunities.identity.MemberDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A member's account page says how far the forums trust them, what that allows, and what the next level needs. */
@ApplicationScoped
public class TrustAccountBlock implements AccountBlock {

    @Inject
    Trust trust;

    @Override
    public Optional<Block> block(MemberDetails member) {
        TrustStanding standing = trust.standing(member);
        List<Points> lists = new ArrayList<>();
        lists.add(new Points("What this means:", standing.allows()));
        if (standing.next() != null) {
            lists.add(new Points("To become a " + standing.next().label().toLowerCase(java.util.Locale.UK) + ":",
                    standing.stillNeeded()));
        }
        return Optional.of(new Block(10, "trust", "Your trust level in the forums",
                "Your level: " + standing.level().label(), lists));
    }
}
