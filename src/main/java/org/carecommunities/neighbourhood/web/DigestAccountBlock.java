package org.carecommunities.neighbourhood.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.identity.AccountBlock;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.neighbourhood.digests.Digests;

import java.util.List;
import java.util.Optional;

/** A member's account page says which neighbourhoods they get a weekly email about, and links to change it. */
@ApplicationScoped
public class DigestAccountBlock implements AccountBlock {

    @Inject
    Digests digests;

    @Override
    public Optional<Block> block(MemberDetails member) {
        List<String> chosen = digests.settings(member).choices().stream().filter(Digests.Choice::chosen)
                .map(Digests.Choice::name).toList();
        return Optional.of(new Block(20, "weekly-emails", "Weekly emails", chosen.isEmpty()
                ? "You get no weekly emails." : "You get a weekly email about:",
                chosen.isEmpty() ? List.of() : List.of(new Points("Once a week, one email each:", chosen)),
                "Choose your weekly emails", Digests.SETTINGS));
    }
}
