package org.carecommunities.partnership;

/** The partnership module's public addresses, for its own pages and for other modules that link to it. */
public final class PartnershipLinks {

    public static final String BOARDS = "/partnerships";
    /** Every agreement of every board (also {@code .csv} and {@code .json}). */
    public static final String REGISTER = BOARDS + "/register";

    private PartnershipLinks() {
    }

    /** A neighbourhood's board: its purpose and agreements. */
    public static String board(String neighbourhoodSlug) {
        return BOARDS + "/" + neighbourhoodSlug;
    }

    public static String agreement(String id) {
        return BOARDS + "/agreements/" + id;
    }
}
