package org.carecommunities.forum.web;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.carecommunities.forum.moderation.ForumModeration;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.Role;

import java.util.Set;

/**
 * Which neighbourhoods the person making this request moderates: those they are a moderator of (realm role
 * {@code moderator} and a row in forum_moderator), every one for an admin, none for anyone else.
 */
@RequestScoped
public class ModeratorScope {

    @Inject
    ForumModeration moderation;


    @Inject
    Authorisation authorisation;

    @Inject
    CurrentMember current;

    private Set<Long> moderated;

    /** The neighbourhoods moderated; empty for most people. */
    public Set<Long> neighbourhoods() {
        if (moderated == null) {
            moderated = find();
        }
        return moderated;
    }

    public boolean moderates(long neighbourhoodId) {
        return neighbourhoods().contains(neighbourhoodId);
    }

    /** The neighbourhoods moderated; anonymous people are sent to sign in, anyone moderating none gets 403. */
    public Set<Long> require() {
        authorisation.requireAnyRole(Role.MODERATOR, Role.ADMIN);
        authorisation.requireMember();
        if (neighbourhoods().isEmpty()) {
            throw Refusal.notPermitted(Text.t("forum.moderation.noneYours")).exception();
        }
        return neighbourhoods();
    }

    private Set<Long> find() {
        return moderation.scope(current.member().orElse(null));
    }
}
