package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Choice;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.stewardship.GroupDraft;
import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.platform.Errors;

import java.util.List;

/** The form an admin adds a group with: what was typed, the errors beside it, and the choices. */
public record AddGroupPage(GroupDraft draft, Errors errors, List<OrganisationKind> kinds,
                           List<Choice> neighbourhoods) {

    static final String TEMPLATE = "assetmap/addGroup.jte";

    public String action() {
        return AssetMapLinks.ADD_GROUP;
    }

    public boolean chosenKind(OrganisationKind kind) {
        return kind.name().equals(draft.kind());
    }

}
