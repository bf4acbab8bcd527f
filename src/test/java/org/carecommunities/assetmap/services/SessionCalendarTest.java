package org.carecommunities.assetmap.services;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void oneEventPerSessionWithStableIdsAndTheRightInstants() {
        ServiceDetails walks = new ServiceDetails("3f1c2b4a-0000-4000-8000-000000000001", "Health walks", "Gentle walks",
                "hill-good-neighbours", "Hill Good Neighbours", "northgate-hill", "Northgate Hill",
                ServiceStatus.PUBLISHED, List.of(), "All ages", "Free", HowToJoin.JUST_TURN_UP, null, null, null,
                null, false, List.of(new ServiceDetails.Place("Community Centre", "1 Northgate Road", "Northgate Hill",
                "NH4 1AB", 52.4, -1.5, List.of())), List.of(), List.of(), LocalDate.of(2026, 11, 1), null, false,
                "en-GB", false);
        ZonedDateTime winter = LocalDateTime.of(2026, 12, 1, 10, 0).atZone(LONDON);
        ZonedDateTime summer = LocalDateTime.of(2027, 6, 1, 10, 0).atZone(LONDON);
        List<ServiceDetails.Session> sessions = List.of(new ServiceDetails.Session(winter, winter.plusHours(1)),
                new ServiceDetails.Session(summer, summer.plusHours(1)));
        String ics = SessionCalendar.of(walks, sessions, "https://portal.example/asset-map/services/x");
        ICalendar parsed = Biweekly.parse(ics).first();
        List<VEvent> events = parsed.getEvents();
        assertEquals(2, events.size());
        assertEquals(winter.toInstant(), events.get(0).getDateStart().getValue().toInstant());
        assertEquals(summer.toInstant(), events.get(1).getDateStart().getValue().toInstant(), "10:00 BST is 09:00Z");
        assertEquals("Health walks", events.get(0).getSummary().getValue());
        assertTrue(events.get(0).getLocation().getValue().contains("NH4 1AB"));
        assertEquals(events.get(0).getUid().getValue(), Biweekly.parse(SessionCalendar.of(walks, sessions,
                "https://portal.example/asset-map/services/x")).first().getEvents().get(0).getUid().getValue(),
                "downloading again updates rather than doubles");
    }
}
