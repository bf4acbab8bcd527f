package org.carecommunities.partnership.meetings;

import java.time.LocalDateTime;

/** A meeting in a board's list: when, the session, whether its minutes are published, and if it was cancelled. */
public record MeetingRow(String id, LocalDateTime startsAt, boolean publicSession, boolean minutesPublished,
                         boolean past, boolean cancelled) {
}
