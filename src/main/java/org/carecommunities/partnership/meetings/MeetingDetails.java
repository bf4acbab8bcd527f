package org.carecommunities.partnership.meetings;

import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.agreements.AgreementChoices;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A board meeting as its reader may see it: when (UTC), where, the session, and, where they may read them, its
 * agenda with each item's minutes and decision, and corrections to published minutes. {@code agendaVisible} is
 * false for the public before the agenda is published (a week ahead) and for private sessions. For the board: who
 * takes the minutes ({@code minuteTaker}, in words; {@code minuteTakerId}, the member the chair named), whether the
 * reader does, and whether they name who does (the
 * chair, choosing among the members {@code sitting}).
 */
public record MeetingDetails(String id, String neighbourhoodSlug, String neighbourhood, LocalDateTime startsAt,
                             LocalDateTime endsAt, String place, String onlineLink, boolean publicSession,
                             boolean agendaVisible, LocalDateTime minutesPublishedAt, List<Item> agenda,
                             List<Correction> corrections, boolean board, boolean started,
                             String cancelledBecause, String minuteTaker, String minuteTakerId,
                             boolean takesMinutes, boolean namesMinuteTaker, List<Choice> sitting) {

    public MeetingDetails {
        agenda = List.copyOf(agenda);
        corrections = List.copyOf(corrections);
    }

    /** An agenda item: its kind, title and address, and (after the meeting) minutes and decision. */
    public record Item(long id, String kind, String title, String href, String minutes, String decision) {
    }

    public record Correction(LocalDateTime at, String author, String body) {
    }

    /** Whether it was cancelled ({@code cancelledBecause} says why). */
    public boolean cancelled() {
        return cancelledBecause != null;
    }

    public boolean minutesPublished() {
        return minutesPublishedAt != null;
    }
}
