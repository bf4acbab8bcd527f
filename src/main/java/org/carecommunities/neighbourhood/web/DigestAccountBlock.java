package org.carecommunities.neighbourhood.web;

import org.carecommunities.platform.Text;
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
        return Optional.of(new Block(20, "weekly-emails", Text.t("neighbourhood.digests.weeklyEmails"), chosen.isEmpty()
                ? Text.t("neighbourhood.digests.none") : Text.t("neighbourhood.digests.about"),
                chosen.isEmpty() ? List.of() : List.of(new Points(Text.t("neighbourhood.digests.onceAWeek"), chosen)),
                Text.t("neighbourhood.unsubscribed.chooseYourWeeklyEmails"), Digests.SETTINGS));
    }
}
