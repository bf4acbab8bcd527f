package org.carecommunities.assetmap.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.platform.Navigation;
import org.carecommunities.platform.Text;

import java.util.List;

/** "Asset map" in the header, after the neighbourhoods: finding services and their pages. */
@ApplicationScoped
public class AssetMapNavigation implements Navigation {

    /** Its label in the reader's language. */
    @Override
    public List<Entry> entries() {
        return List.of(new Entry(15, Text.t("assetmap.navigation.assetMap"),
                AssetMapLinks.MAP, List.of(AssetMapLinks.MAP), 0));
    }
}
