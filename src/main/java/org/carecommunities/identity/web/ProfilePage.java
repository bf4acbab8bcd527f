package org.carecommunities.identity.web;

import org.carecommunities.identity.Directory;
import org.carecommunities.platform.Errors;

import java.util.List;

/** Setting up (first sign-in) or changing a member profile. */
public record ProfilePage(boolean firstSignIn, ProfileForm form, Errors errors,
                          List<Directory.Choice> neighbourhoods, String returnTo) {

    static final String TEMPLATE = "identity/profile.jte";

    public String action() {
        return AccountResource.SETUP;
    }

    /** The neighbourhoods to choose from, by id. */
    public List<org.carecommunities.platform.Choice> neighbourhoodChoices() {
        return neighbourhoods.stream().map(n -> new org.carecommunities.platform.Choice(String.valueOf(n.id()),
                n.name())).toList();
    }
}
