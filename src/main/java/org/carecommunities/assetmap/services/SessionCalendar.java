package org.carecommunities.assetmap.services;

import org.carecommunities.platform.Text;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A service's coming sessions as an iCalendar file (RFC 5545), for adding to a calendar: one event per session,
 * each with a UID that stays the same when the file is downloaded again, so calendars update rather than double.
 */
public final class SessionCalendar {

    private SessionCalendar() {
    }

    /** The calendar for these sessions of a service, with its page's address in each event. */
    public static String of(ServiceDetails service, List<ServiceDetails.Session> sessions, String pageUrl) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Care Communities//Asset map//EN");
        calendar.setMethod(Method.publish());
        String where = service.places().isEmpty() ? (service.online() ? Text.t("assetmap.online") : null)
                : service.places().get(0).venue() + ", " + service.places().get(0).address() + ", "
                + service.places().get(0).town() + " " + service.places().get(0).postcode();
        for (ServiceDetails.Session session : sessions) {
            VEvent event = new VEvent();
            event.setUid(UUID.nameUUIDFromBytes((service.id() + "/" + session.start().toInstant())
                    .getBytes(StandardCharsets.UTF_8)) + "@carecommunities");
            event.setSummary(service.name());
            event.setDateStart(Date.from(session.start().toInstant()));
            event.setDateEnd(Date.from(session.end().toInstant()));
            event.setDescription(Text.t("assetmap.calendar.description", "group", service.group(), "cost",
                    service.cost(), "join", service.howToJoin().label(), "page", pageUrl));
            event.getDescription().setLanguage(Text.current().tag());
            event.setUrl(pageUrl);
            if (where != null) {
                event.setLocation(where);
            }
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }
}
