package org.carecommunities.assetmap.stewardship;

/**
 * What an admin types to add a group the portal does not know yet: its name, kind (an {@code OrganisationKind}'s
 * name), the neighbourhood it serves (by id), and optionally its website and a description. Any may be null.
 */
public record GroupDraft(String name, String kind, String neighbourhood, String website, String description) {

    public static GroupDraft empty() {
        return new GroupDraft(null, null, null, null, null);
    }
}
