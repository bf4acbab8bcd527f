package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Refused;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A board meeting keeps its own rules: where it meets, when its agenda is public, minutes published once. */
class MeetingTest {

    private static final LocalDateTime STARTS = LocalDateTime.of(2026, 12, 10, 18, 0);

    private static Meeting meeting(boolean publicSession) {
        return new Meeting(new Board(1, "Kingsmead"), new Meeting.Plan(STARTS, STARTS.plusHours(2),
                "Kingsmead Community Centre", null, publicSession), STARTS.minusDays(20));
    }

    /** An item given the id the database would. */
    private static AgendaItem item(Meeting m, String title, long id) {
        AgendaItem item = m.addItem(AgendaItem.Kind.OTHER, title, null);
        try {
            var field = AgendaItem.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(item, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return item;
    }

    @Test
    void aMeetingHasATimeAndAPlaceOrALink() {
        var problems = Meeting.problems(new Meeting.Plan(null, null, " ", "http://insecure.example", true));
        assertEquals(java.util.Set.of("starts", "onlineLink"), problems.keySet(), "a link is a secure web address");
        assertTrue(Meeting.problems(new Meeting.Plan(STARTS, null, " ", null, true)).containsKey("place"), "somewhere");
        assertTrue(Meeting.problems(new Meeting.Plan(STARTS, STARTS.minusHours(1), null,
                "https://meet.example/board", true)).containsKey("ends"));
        assertTrue(Meeting.problems(new Meeting.Plan(STARTS, null, null, "https://meet.example/board", false))
                .isEmpty(), "online only is enough");
    }

    @Test
    void thePublicReadsAPublicSessionsAgendaAWeekAhead() {
        Duration week = Duration.ofDays(7);
        assertTrue(!meeting(true).agendaPublic(STARTS.minusDays(8), week));
        assertTrue(meeting(true).agendaPublic(STARTS.minusDays(7), week));
        assertTrue(!meeting(false).agendaPublic(STARTS.plusDays(1), week), "never a private session's");
    }

    @Test
    void minutesAreWrittenAfterItStartsAndNeverChangeOncePublished() {
        Meeting m = meeting(true);
        item(m, "Warm spaces this winter", 1);
        item(m, "Any other business", 2);
        assertThrows(Refused.class, () -> m.minute(1, "Too early", null, STARTS.minusMinutes(5)));
        assertThrows(Refused.class, () -> m.addItem(AgendaItem.Kind.OTHER, " ", null));
        m.minute(1, "Both rooms open; 214 visits.", "Keep them open until March.", STARTS.plusMinutes(30));
        Refused unfinished = assertThrows(Refused.class, () -> m.publish("Tom", STARTS.plusHours(2)));
        assertTrue(unfinished.getMessage().contains("Any other business"), unfinished.getMessage());
        m.minute(2, "None.", null, STARTS.plusMinutes(90));
        m.publish("Tom", STARTS.plusHours(2));
        Refused frozen = assertThrows(Refused.class,
                () -> m.minute(1, "Changed", null, STARTS.plusDays(1)));
        assertTrue(frozen.getMessage().contains("add a correction"), frozen.getMessage());
        assertThrows(Refused.class, () -> m.addItem(AgendaItem.Kind.OTHER, "Late", null));
        assertThrows(Refused.class, () -> m.publish("Tom", STARTS.plusDays(1)), "once");
        assertEquals("Both rooms open; 214 visits.", m.item(1).minutes());
        m.correct("Item 1: 241 visits, not 214.", "Tom", STARTS.plusDays(2));
        assertEquals(1, m.corrections().size());
        assertEquals("Both rooms open; 214 visits.", m.item(1).minutes(), "the minutes themselves stand");
        assertThrows(Refused.class, () -> meeting(true).correct("Nothing published", "Tom", STARTS));
    }

    @Test
    void anItemIsOnTheAgendaOnce() {
        Meeting m = meeting(true);
        m.addItem(AgendaItem.Kind.PROPOSAL, "Residents' proposal: a crossing", "proposal:7");
        Refused twice = assertThrows(Refused.class, () -> m.addItem(AgendaItem.Kind.PROPOSAL,
                "Residents' proposal: a crossing", "proposal:7"));
        assertTrue(twice.problems().containsKey("title"));
    }

    @Test
    void beforeItStartsAMeetingIsChangedOrCancelledAndEachTimeItsCalendarSequenceGoesUp() {
        Meeting m = meeting(true);
        assertEquals(0, m.sequence());
        m.change(new Meeting.Plan(STARTS.plusDays(7), STARTS.plusDays(7).plusHours(2), "The library", null, false),
                STARTS.minusDays(1));
        assertEquals(STARTS.plusDays(7), m.startsAt());
        assertEquals("The library", m.place());
        assertTrue(!m.publicSession() && m.sequence() == 1);
        Refused bad = assertThrows(Refused.class, () -> m.change(new Meeting.Plan(null, null, null,
                null, true), STARTS));
        assertTrue(bad.problems().containsKey("starts") && bad.problems().containsKey("place"), bad.problems()
                .toString());
        assertTrue(assertThrows(Refused.class, () -> m.cancel(" ", STARTS)).problems().containsKey("reason"));
        m.cancel("The hall flooded", STARTS);
        assertTrue(m.cancelled() && m.sequence() == 2 && m.cancelReason().equals("The hall flooded"));
        assertThrows(Refused.class, () -> m.cancel("Again", STARTS), "once");
        assertThrows(Refused.class, () -> m.addItem(AgendaItem.Kind.OTHER, "More", null),
                "nothing goes on a cancelled meeting's agenda");

        Meeting started = meeting(true);
        assertThrows(Refused.class, () -> started.cancel("Too late", STARTS), "not once it has started");
        assertThrows(Refused.class, () -> started.change(new Meeting.Plan(STARTS.plusDays(1), null, "Hall",
                null, true), STARTS.plusMinutes(5)));
    }
}
