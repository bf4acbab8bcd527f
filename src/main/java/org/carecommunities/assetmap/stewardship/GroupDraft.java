package org.carecommunities.assetmap.stewardship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.neighbourhood.Neighbourhoods;

/**
 * What an admin types to add a group the portal does not know yet: its name, kind (an {@code OrganisationKind}'s
 * name), the neighbourhood it serves (by id), and optionally its website and a description. Any may be null. The
 * shape of each field is checked here; which kinds and neighbourhoods there are, and whether the neighbourhood has
 * a group of that name already, by {@link Stewardship#addGroup}.
 */
public record GroupDraft(
        @NotBlank(message = "{assetmap.groupDraft.name}")
        @Size(max = Neighbourhoods.ORGANISATION_NAME_MAX, message = "{assetmap.groupDraft.nameMax}")
        String name,
        @NotBlank(message = "{assetmap.groupDraft.kind}")
        String kind,
        @NotBlank(message = "{assetmap.groupDraft.neighbourhood}")
        String neighbourhood,
        @Size(max = Neighbourhoods.WEBSITE_MAX, message = "{assetmap.form.website}")
        @Pattern(regexp = "\\s*(" + AssetMap.WEBSITE + ")?\\s*", message = "{assetmap.form.website}")
        String website,
        @Size(max = Neighbourhoods.DESCRIPTION_MAX, message = "{assetmap.groupDraft.descriptionMax}")
        String description) {

    public static GroupDraft empty() {
        return new GroupDraft(null, null, null, null, null);
    }
}
