package org.carecommunities.partnership.meetings.web;

import org.carecommunities.platform.Text;
import org.carecommunities.partnership.meetings.MeetingDraft;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Errors;

/** The form a board member schedules a meeting with, or changes one ({@code meeting}: its id; null for a new one). */
public record ScheduleMeetingPage(String board, String meeting, MeetingDraft draft, Errors errors) {

    static final String TEMPLATE = "partnership/scheduleMeeting.jte";

    public String action() {
        return meeting == null ? PartnershipLinks.newMeeting(board) : PartnershipLinks.meeting(meeting) + "/change";
    }

    public String heading() {
        return meeting == null ? "Schedule a meeting" : Text.t("partnership.title.changeMeeting");
    }

    public String back() {
        return meeting == null ? PartnershipLinks.board(board) : PartnershipLinks.meeting(meeting);
    }
}
