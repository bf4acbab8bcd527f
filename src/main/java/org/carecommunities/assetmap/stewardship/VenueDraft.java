package org.carecommunities.assetmap.stewardship;

/** A venue as its steward types it, every field as text (so the form comes back as typed). */
public record VenueDraft(String venue, String address, String town, String postcode, boolean stepFree,
                         boolean hearingLoop, boolean accessibleToilet, boolean parking) {

    public static VenueDraft empty() {
        return new VenueDraft("", "", "", "", false, false, false, false);
    }
}
