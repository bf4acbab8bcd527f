package org.carecommunities.assetmap;

/** The asset map's public addresses, for its own pages and for other modules that link to it. */
public final class AssetMapLinks {

    public static final String MAP = "/asset-map";
    public static final String GROUPS = MAP + "/groups";
    /** Admins import another directory's Open Referral feed. */
    public static final String IMPORT = MAP + "/import";
    /** Admins add a group the portal does not know yet. */
    public static final String ADD_GROUP = MAP + "/add-group";
    /** Admins: the groups' claims waiting for approval. */
    public static final String CLAIMS = MAP + "/claims";

    private AssetMapLinks() {
    }

    public static String service(String id) {
        return MAP + "/services/" + id;
    }

    /** A group's page: its services, and for its stewards their editing and inbox. */
    public static String group(String slug) {
        return GROUPS + "/" + slug;
    }

    /** A steward's form for one of their group's services. */
    public static String edit(String groupSlug, String id) {
        return group(groupSlug) + "/services/" + id + "/edit";
    }

    /** A steward's form for one venue of a service: a new one when the venue's id is null. */
    public static String venue(String groupSlug, String id, String venueId) {
        return group(groupSlug) + "/services/" + id + "/venues/" + (venueId == null ? "new" : venueId);
    }

    /** A steward's form for a service's regular times and their exceptions: new ones when the id is null. */
    public static String times(String groupSlug, String id, String timesId) {
        return group(groupSlug) + "/services/" + id + "/times/" + (timesId == null ? "new" : timesId);
    }

    /** A link worker's shortlists. */
    public static final String SHORTLISTS = MAP + "/shortlists";

    /** A shortlist, for whoever has the link. */
    public static String shortlist(String token) {
        return SHORTLISTS + "/" + token;
    }

    private static final java.util.regex.Pattern SERVICE_LINK = java.util.regex.Pattern.compile(
            MAP + "/services/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    /**
     * The services whose pages a text links to (pasted as a full address or as a path), in the order they first
     * appear, each once.
     */
    public static java.util.List<String> servicesIn(String text) {
        if (text == null) {
            return java.util.List.of();
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = SERVICE_LINK.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return java.util.List.copyOf(ids);
    }

    /** The asset map, searching one neighbourhood. */
    public static String in(long neighbourhoodId) {
        return MAP + "?neighbourhood=" + neighbourhoodId;
    }
}
