package org.carecommunities.assetmap.openreferral;

import org.carecommunities.assetmap.services.HowToJoin;
import org.carecommunities.assetmap.services.ServiceStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.carecommunities.assetmap.domain.Recurrence;
import org.carecommunities.assetmap.geo.OfflineGeocoder;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Open Referral UK records mapped to the asset map, and the reasons a record is refused. */
public class OpenReferralRecordsTest {

    private static final String SERVICE = "5d1d6a7e-0b2a-4c39-9d55-2b7c4a6f0e11";
    private static final String ORG = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d";
    private static final String FOOD = "11111111-2222-4333-8444-555555555555";
    private static final Map<String, String> TERMS = Map.of(FOOD, FOOD, "food", FOOD);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    public static JsonObjectBuilder service() {
        return Json.createObjectBuilder().add("id", SERVICE).add("name", "Community lunch")
                .add("description", "A hot two-course lunch, then cards and conversation.").add("status", "active")
                .add("organization", Json.createObjectBuilder().add("id", ORG).add("name", "Eastwell Lunch Club"))
                .add("assured_date", "2026-10-01").add("minimum_age", 55)
                .add("cost_options", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("option", "£3 a lunch")))
                .add("application_process", "Just turn up")
                .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("email", "lunch@example.org")
                        .add("phones", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("number", "01632 960555")))))
                .add("attributes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("taxonomy_term_id", FOOD))
                        .add(Json.createObjectBuilder().add("taxonomy_term_id", "e4a2f8f0-0000-4000-8000-000000000000")
                                .add("taxonomy_term", Json.createObjectBuilder().add("name", "Lunch clubs (LGA)"))))
                .add("service_at_locations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("location", Json.createObjectBuilder().add("name", "Eastwell Community Centre")
                                .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("address_1", "2 Valley Road").add("city", "Eastwell")
                                        .add("postal_code", "ew21aa")))
                                .add("accessibility", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("description", "Step-free entrance and a hearing loop"))))))
                .add("schedules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("freq", "MONTHLY")
                        .add("interval", 1).add("byday", "-1FR").add("opens_at", "12:00").add("closes_at", "14:00")
                        .add("valid_from", "2026-01-01")));
    }

    private static OpenReferralRecords.Result map(JsonObject record) {
        return OpenReferralRecords.map(record, TERMS, new OfflineGeocoder(), TODAY);
    }

    @Test
    void aFullRecordMapsEveryPart() {
        OpenReferralRecords.Result result = map(service().build());
        assertTrue(result.accepted(), String.valueOf(result.reasons()));
        OpenReferralRecords.Mapped m = result.mapped();
        assertEquals(SERVICE, m.id());
        assertEquals(ORG, m.organization().id());
        assertEquals("Eastwell Lunch Club", m.organization().name());
        assertEquals(ServiceStatus.PUBLISHED, m.status());
        assertEquals(LocalDate.of(2026, 10, 1), m.assured());
        assertEquals(55, m.details().minimumAge());
        assertFalse(m.details().free());
        assertEquals("£3 a lunch", m.details().cost());
        assertEquals(HowToJoin.JUST_TURN_UP, m.details().howToJoin());
        assertEquals("lunch@example.org", m.details().email());
        assertEquals("01632 960555", m.details().phone());
        assertEquals(List.of(FOOD), m.termIds());
        assertEquals(1, result.notes().size(), "the term not in the portal's taxonomy is noted");
        assertTrue(result.notes().get(0).said().contains("Lunch clubs (LGA)"));
        assertEquals("EW2 1AA", m.venues().get(0).venue().postcode());
        assertTrue(m.venues().get(0).venue().stepFree() && m.venues().get(0).venue().hearingLoop());
        assertTrue(m.venues().get(0).venue().latitude() > 52, "placed by the geocoder: the record has no coordinates");
        Recurrence r = m.schedules().get(0).recurrence();
        assertEquals(Recurrence.Frequency.MONTHLY, r.freq());
        assertEquals(new Recurrence.ByDay(-1, DayOfWeek.FRIDAY), r.byday().get(0));
        assertEquals(LocalTime.NOON, r.opensAt());
        assertEquals(m.venues().get(0).uuid(), map(service().build()).mapped().venues().get(0).uuid(),
                "a part without an id gets the same derived id on every import");
    }

    @Test
    void inactiveServicesComeInArchivedAndZeroCostIsFree() {
        OpenReferralRecords.Mapped m = map(service().add("status", "temporarily closed")
                .add("cost_options", Json.createArrayBuilder().add(Json.createObjectBuilder().add("amount", 0)))
                .build()).mapped();
        assertEquals(ServiceStatus.ARCHIVED, m.status());
        assertTrue(m.details().free());
    }

    @Test
    void everyReasonARecordIsRefusedIsGiven() {
        OpenReferralRecords.Result bad = map(service().add("id", "42").add("name", "")
                .add("minimum_age", 70).add("maximum_age", 18).add("status", "sometimes")
                .add("schedules", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("freq", "MONTHLY").add("byday", "2MO")
                                .add("opens_at", "10:00").add("closes_at", "12:00")
                                .add("valid_from", "2026-06-01").add("valid_to", "2026-05-01"))
                        .add(Json.createObjectBuilder().add("freq", "DAILY").add("byday", "MO")
                                .add("opens_at", "10:00").add("closes_at", "12:00"))
                        .add(Json.createObjectBuilder().add("freq", "WEEKLY").add("byday", "MO")
                                .add("opens_at", "14:00").add("closes_at", "09:00")))
                .build());
        assertFalse(bad.accepted());
        String all = String.join(" | ", bad.reasons().stream().map(Finding::said).toList());
        for (String expected : List.of("id is missing or not a UUID", "name is missing", "maximum_age (18) is below",
                "status “sometimes”", "ends (valid_to 2026-05-01) before it starts", "freq “DAILY” is not supported",
                "closes_at 09:00 is not after opens_at 14:00")) {
            assertTrue(all.contains(expected), expected + " in " + all);
        }
        assertNull(bad.mapped());
    }

    @Test
    void aPlaceThatCannotBeFoundIsAReason() {
        JsonObject nowhere = service().add("service_at_locations", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("location", Json.createObjectBuilder().add("name", "Hall")
                        .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("address_1", "1 Road").add("city", "Town").add("postal_code", "ZZ9 9ZZ"))))))
                .build();
        assertTrue(map(nowhere).reasons().stream().map(Finding::said)
                .anyMatch(r -> r.contains("postcode ZZ9 9ZZ was not found")));
        JsonObject notAPostcode = service().add("service_at_locations", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("location", Json.createObjectBuilder().add("name", "Hall")
                        .add("latitude", 52.4).add("longitude", -1.5)
                        .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("address_1", "1 Road").add("city", "Town").add("postal_code", "12345"))))))
                .build();
        assertTrue(map(notAPostcode).reasons().stream().map(Finding::said)
                .anyMatch(r -> r.contains("“12345” is not a UK postcode")));
        JsonObject noWhere = service().add("service_at_locations", Json.createArrayBuilder()).build();
        assertTrue(map(noWhere).reasons().stream().map(Finding::said)
                .anyMatch(r -> r.contains("has no location and is not online")));
    }

    @Test
    void notAnObjectIsRefused() {
        assertFalse(OpenReferralRecords.map(Json.createValue("text"), TERMS, new OfflineGeocoder(), TODAY)
                .accepted());
    }

    @Test
    void aRecordsLanguageAndTranslationsAreTakenIntoThePortalsLanguagesOnly() {
        OpenReferralRecords.Mapped m = map(service().add("x_written_in", "cy")
                .add("x_translations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("language", "en-GB").add("name", "Lunch club")
                                .add("description", "A hot lunch."))
                        .add(Json.createObjectBuilder().add("language", "fr").add("name", "Déjeuner")
                                .add("description", "Un déjeuner chaud."))
                        .add(Json.createObjectBuilder().add("language", "cy").add("name", "Cinio")
                                .add("description", "Cinio poeth."))
                        .add(Json.createObjectBuilder().add("language", "en").add("name", " ")
                                .add("description", "No name.")))
                .build()).mapped();
        assertEquals("cy-GB", m.writtenIn(), "the portal's own tag for Welsh");
        assertEquals(List.of(new OpenReferralRecords.Given("en-GB", "Lunch club", "A hot lunch.")), m.translations(),
                "French is not a portal language, Welsh is its own, and a translation needs a name");
        OpenReferralRecords.Result result = map(service().add("x_written_in", "fr").add("x_translations",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "fr").add("name", "D")
                        .add("description", "D."))).build());
        assertNull(result.mapped().writtenIn(), "a language the portal does not have is not taken");
        assertTrue(result.notes().stream().map(Finding::said).anyMatch(n -> n.contains("“fr”")), result.notes()
                .toString());
        assertNull(map(service().build()).mapped().translations(), "none given: those kept stay");
    }
}
