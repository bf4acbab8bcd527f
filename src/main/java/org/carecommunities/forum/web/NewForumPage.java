package org.carecommunities.forum.web;

import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.platform.Errors;

import java.util.List;

/** A moderator creates a themed forum in a neighbourhood they moderate. */
public record NewForumPage(List<NeighbourhoodSummary> neighbourhoods, ModerationForms.NewForum form, Errors errors) {

    public String action() {
        return ForumRoutes.NEW_FORUM;
    }

    /** The neighbourhoods the moderator may create a forum in, by id. */
    public List<org.carecommunities.platform.Choice> neighbourhoodChoices() {
        return neighbourhoods.stream().map(n -> new org.carecommunities.platform.Choice(String.valueOf(n.id()),
                n.name())).toList();
    }

    /** The neighbourhood chosen: as typed, or the only one there is. */
    public String chosen() {
        return neighbourhoods.size() == 1 ? String.valueOf(neighbourhoods.get(0).id()) : form.neighbourhood();
    }
}
