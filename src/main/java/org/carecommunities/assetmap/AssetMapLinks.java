package org.carecommunities.assetmap;

/** The asset map's public addresses, for its own pages and for other modules that link to it. */
public final class AssetMapLinks {

    public static final String MAP = "/asset-map";

    private AssetMapLinks() {
    }

    public static String service(String id) {
        return MAP + "/services/" + id;
    }

    /** The asset map, searching one neighbourhood. */
    public static String in(long neighbourhoodId) {
        return MAP + "?neighbourhood=" + neighbourhoodId;
    }
}
