package org.carecommunities.assetmap.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.platform.Navigation;

import java.util.List;

/** "Asset map" in the header, after the neighbourhoods: finding services and their pages. */
@ApplicationScoped
public class AssetMapNavigation implements Navigation {

    private static final List<Entry> ENTRIES = List.of(new Entry(15, "Asset map", AssetMapLinks.MAP,
            List.of(AssetMapLinks.MAP), 0));

    @Override
    public List<Entry> entries() {
        return ENTRIES;
    }
}
