package org.carecommunities.partnership.meetings.web;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.agreements.AgreementChoices;
import org.carecommunities.partnership.meetings.MeetingDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A board meeting: when and where, its agenda, and afterwards its minutes and corrections; for the board, the
 * forms that build the agenda, minute each item, publish the minutes and correct them.
 */
public record MeetingPage(MeetingDetails meeting, List<Choice> suggestions,
                          MeetingResource.ItemForm form, Errors errors) {

    static final String TEMPLATE = "partnership/meeting.jte";

    public String when() {
        return Text.t("partnership.meeting.when", "starts", Dates.inWords(meeting.startsAt()), "ends",
                Dates.toUk(meeting.endsAt()).toLocalTime().toString());
    }

    public String shown(LocalDateTime at) {
        return Dates.shown(at);
    }

    public String iso(LocalDateTime at) {
        return Dates.iso(at);
    }

    public String board() {
        return PartnershipLinks.board(meeting.neighbourhoodSlug());
    }

    public String ics() {
        return PartnershipLinks.meeting(meeting.id()) + ".ics";
    }

    public String action(String what) {
        return PartnershipLinks.meeting(meeting.id()) + "/" + what;
    }

    public String minutesAction(MeetingDetails.Item item) {
        return action("items/" + item.id() + "/minutes");
    }

    /** The board may still minute items: it has started and its minutes are not published. */
    public boolean minuting() {
        return meeting.takesMinutes() && meeting.started() && !meeting.minutesPublished();
    }

    /** What was typed for this item, or what it says already. */
    public String minutes(MeetingDetails.Item item) {
        return item.id() == (form.item() == null ? -1 : form.item()) ? form.minutes()
                : item.minutes() == null ? "" : item.minutes();
    }

    public String decision(MeetingDetails.Item item) {
        return item.id() == (form.item() == null ? -1 : form.item()) ? form.decision()
                : item.decision() == null ? "" : item.decision();
    }

    public boolean erred(MeetingDetails.Item item) {
        return errors.any() && form.item() != null && form.item() == item.id();
    }
}
