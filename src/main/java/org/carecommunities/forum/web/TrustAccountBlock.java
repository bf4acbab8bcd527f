package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
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
        lists.add(new Points(Text.t("forum.trust.whatThisMeans"), standing.allows()));
        if (standing.next() != null) {
            lists.add(new Points(Text.t("forum.trust.toBecome", "level",
                    standing.next().label().toLowerCase(Text.current().locale())),
                    standing.stillNeeded()));
        }
        return Optional.of(new Block(10, "trust", Text.t("forum.trust.heading"),
                Text.t("forum.trust.yourLevel", "level", standing.level().label()), lists));
    }
}
