package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.moderation.ModeratorRow;
import org.carecommunities.identity.Members;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.platform.Errors;

import java.util.List;

/** An admin's page of who moderates which neighbourhood, with members found by name to appoint. */
public record ModeratorsPage(List<ModeratorRow> moderators, String query, List<Members.Listed> found,
                             List<NeighbourhoodSummary> neighbourhoods, Errors errors) {

    public String action() {
        return ForumRoutes.MODERATORS;
    }

    public String home(Members.Listed member) {
        return neighbourhoods.stream().filter(n -> n.id() == member.homeNeighbourhoodId())
                .map(NeighbourhoodSummary::name).findFirst().orElse(Text.t("forum.moderators.noNeighbourhood"));
    }

    public boolean searched() {
        return query != null && !query.isBlank();
    }

    /** The neighbourhoods a member may be appointed to moderate, by id. */
    public List<org.carecommunities.platform.Choice> neighbourhoodChoices() {
        return neighbourhoods.stream().map(n -> new org.carecommunities.platform.Choice(String.valueOf(n.id()),
                n.name())).toList();
    }
}
