package org.carecommunities.partnership;

import java.time.LocalDateTime;

/** A meeting in a board's list: when, the session, and whether its minutes are published. */
public record MeetingRow(String id, LocalDateTime startsAt, boolean publicSession, boolean minutesPublished,
                         boolean past) {
}
