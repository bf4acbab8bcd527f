package org.carecommunities.partnership;

import org.carecommunities.partnership.agreements.Agreements;

/** The partnership module's public addresses, for its own pages and for other modules that link to it. */
public final class PartnershipLinks {

    public static final String BOARDS = "/partnerships";
    /** Every agreement of every board (also {@code .csv} and {@code .json}). */
    public static final String REGISTER = BOARDS + "/register";
    /** Agreements, each by its id (also {@code .pdf}), and the forms and actions under it. */
    public static final String AGREEMENTS = BOARDS + "/agreements";

    private PartnershipLinks() {
    }

    /** A neighbourhood's board: its purpose and agreements. */
    public static String board(String neighbourhoodSlug) {
        return BOARDS + "/" + neighbourhoodSlug;
    }

    public static String agreement(String id) {
        return AGREEMENTS + "/" + id;
    }

    /** A commitment, where its agreement's page shows it. */
    public static String commitment(String agreementId, long commitmentId) {
        return agreement(agreementId) + "#commitment-" + commitmentId;
    }

    /** The form that drafts a new agreement for a neighbourhood's board. */
    public static String newAgreement(String neighbourhoodSlug) {
        return AGREEMENTS + "/new?board=" + neighbourhoodSlug;
    }

    /** The residents' proposals on a board's list (to consider, and answered), on the board's page. */
    public static String proposals(String neighbourhoodSlug) {
        return board(neighbourhoodSlug) + "#proposals";
    }

    /** Where the board answers one proposal. */
    public static String proposal(String neighbourhoodSlug, long id) {
        return board(neighbourhoodSlug) + "/proposals/" + id;
    }

    /** A board meeting: its agenda, minutes and calendar file ({@code .ics}). */
    public static String meeting(String id) {
        return BOARDS + "/meetings/" + id;
    }

    /** The form that schedules a meeting of a neighbourhood's board. */
    public static String newMeeting(String neighbourhoodSlug) {
        return BOARDS + "/meetings/new?board=" + neighbourhoodSlug;
    }

    /** Where help is missing in a neighbourhood, for its board. */
    public static String unmetNeeds(String neighbourhoodSlug) {
        return board(neighbourhoodSlug) + "/unmet-needs";
    }

    /** Where a board's members are appointed and leave (admins). */
    public static String members(String neighbourhoodSlug) {
        return board(neighbourhoodSlug) + "/members";
    }

    /** Every meeting of a neighbourhood's board, a page at a time (counted from 1). */
    public static String meetings(String neighbourhoodSlug, int page) {
        return board(neighbourhoodSlug) + "/meetings" + (page > 1 ? "?page=" + page : "");
    }
}
