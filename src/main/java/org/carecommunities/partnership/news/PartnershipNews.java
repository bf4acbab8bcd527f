package org.carecommunities.partnership.news;

/**
 * The kinds of news the partnership tells, as facts ({@link org.carecommunities.identity.NewsFact}); what each
 * holds is said beside it. {@code partnership.words} writes them in words when they are shown.
 */
public final class PartnershipNews {

    /** An agreement moved to a new status: about = its UUID, state = the status, note = the reason typed. */
    public static final String AGREEMENT_MOVED = "partnership.agreement-moved";
    /** Every party signed: about = the agreement's UUID, state = its status now, figure = the version signed. */
    public static final String AGREEMENT_SIGNED = "partnership.agreement-signed";
    /** An agreement's review date came: about = its UUID (told to the board). */
    public static final String REVIEW_DUE = "partnership.review-due";
    /** A commitment's progress was recorded: about = the agreement's UUID, item = the progress update's id. */
    public static final String PROGRESS = "partnership.progress";
    /** A commitment has a new milestone: about = the agreement's UUID, item = the milestone's id. */
    public static final String MILESTONE_ADDED = "partnership.milestone-added";
    /** A commitment reached a milestone: about = the agreement's UUID, item = the milestone's id. */
    public static final String MILESTONE_REACHED = "partnership.milestone-reached";
    /** A residents' proposal came to the board's list: about = its thread, item = the board proposal's id. */
    public static final String PROPOSAL_LISTED = "partnership.proposal-listed";
    /** The board answered a proposal: about = its thread, item = the board proposal's id. */
    public static final String PROPOSAL_ANSWERED = "partnership.proposal-answered";
    /** A proposal is on a meeting's agenda: about = its thread, item = the meeting's id. */
    public static final String PROPOSAL_SCHEDULED = "partnership.proposal-scheduled";
    /** The meeting a proposal is on moved: about = its thread, item = the meeting's id, state = when it was. */
    public static final String MEETING_MOVED = "partnership.meeting-moved";
    /** The meeting a proposal is on was cancelled: about = its thread, item = the meeting's id. */
    public static final String MEETING_CANCELLED = "partnership.meeting-cancelled";
    /**
     * The commitment carrying out a proposal moved on: about = the thread, item = the progress update's id. Said
     * in public as the commitment's public face allows (a board-only agreement's as its share done only).
     */
    public static final String PROPOSAL_PROGRESS = "partnership.proposal-progress";
    /** The commitment carrying out a proposal reached a milestone: about = the thread, item = the milestone's id. */
    public static final String PROPOSAL_MILESTONE = "partnership.proposal-milestone";

    private PartnershipNews() {
    }
}
