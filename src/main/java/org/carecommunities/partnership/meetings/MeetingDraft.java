package org.carecommunities.partnership.meetings;

/**
 * A meeting as a board member types it, in UK time: the day (ISO), start and end times (HH:mm), the place and/or
 * online link, and the session ({@code public} or {@code private}).
 */
public record MeetingDraft(String day, String starts, String ends, String place, String onlineLink,
                           String session) {

    public static MeetingDraft empty() {
        return new MeetingDraft("", "18:00", "20:00", "", "", "public");
    }
}
