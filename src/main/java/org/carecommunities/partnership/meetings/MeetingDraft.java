package org.carecommunities.partnership.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.partnership.domain.Meeting;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.IsoDate;
import org.carecommunities.platform.TimeOfDay;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting as a board member types it, in UK time: the day (ISO), start and end times (HH:mm), the place and/or
 * online link, and the session ({@code public} or {@code private}). The shape of each field is checked here; that
 * the day is still to come by {@link Meetings}, and that it ends after it starts and says where, by the meeting.
 */
public record MeetingDraft(
        @NotBlank(message = "{partnership.meetingDraft.day}")
        @IsoDate
        String day,
        @NotBlank(message = "{partnership.meetingDraft.starts}")
        @TimeOfDay
        String starts,
        @NotBlank(message = "{partnership.meetingDraft.ends}")
        @TimeOfDay
        String ends,
        @Size(max = Meeting.PLACE_MAX, message = "{partnership.meeting.placeMax}")
        String place,
        @Size(max = Meeting.LINK_MAX, message = LINK)
        @Pattern(regexp = "\\s*((?i)https://[^\\s<>\"]+)?\\s*", message = LINK)
        String onlineLink,
        @NotNull(message = SESSION)
        @Pattern(regexp = "public|private", message = SESSION)
        String session) {

    static final String SESSION = "{partnership.meetingDraft.session}";
    static final String LINK = "{partnership.meeting.onlineLink}";

    public static MeetingDraft empty() {
        return new MeetingDraft("", "18:00", "20:00", "", "", "public");
    }

    /** Its day, once its shape is checked. */
    LocalDate dayChosen() {
        return Dates.readDay(day);
    }

    /** The plan it describes, with its times in UTC, once its shape is checked. */
    Meeting.Plan plan() {
        LocalDate on = dayChosen();
        LocalTime from = Dates.readTime(starts);
        LocalTime to = Dates.readTime(ends);
        return new Meeting.Plan(Dates.fromUk(on.atTime(from)), Dates.fromUk(on.atTime(to)), place, onlineLink,
                "public".equals(session));
    }
}
