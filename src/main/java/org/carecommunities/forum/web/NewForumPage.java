package org.carecommunities.forum.web;

import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.platform.Errors;

import java.util.List;

/** A moderator creates a themed forum in a neighbourhood they moderate. */
public record NewForumPage(List<NeighbourhoodSummary> neighbourhoods, ModerationForms.NewForum form, Errors errors) {

    public String action() {
        return ForumRoutes.NEW_FORUM;
    }

    public boolean chosen(NeighbourhoodSummary neighbourhood) {
        return String.valueOf(neighbourhood.id()).equals(form.neighbourhood()) || neighbourhoods.size() == 1;
    }
}
