package org.carecommunities.partnership.web;

import org.carecommunities.partnership.MeetingDraft;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Errors;

/** The form a board member schedules a meeting with. */
public record ScheduleMeetingPage(String board, MeetingDraft draft, Errors errors) {

    static final String TEMPLATE = "partnership/scheduleMeeting.jte";

    public String action() {
        return PartnershipLinks.newMeeting(board);
    }

    public String back() {
        return PartnershipLinks.board(board);
    }
}
