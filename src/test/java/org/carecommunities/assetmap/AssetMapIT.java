package org.carecommunities.assetmap;

import org.carecommunities.assetmap.services.ServiceDetails;
import org.carecommunities.assetmap.search.ServiceQuery;
import org.carecommunities.assetmap.search.ServiceRow;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.carecommunities.assetmap.geo.Point;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Paged;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.DayOfWeek;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The asset map's search against the real database, over the demo services. */
@ExtendWith(ArquillianExtension.class)
class AssetMapIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withPersistence(AssetMapIT.class);
    }

    @Inject
    AssetMap assetMap;

    @Inject
    Neighbourhoods neighbourhoods;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private Paged<ServiceRow> search(String words, String category, Long neighbourhood, DayOfWeek day, Integer age,
                                     boolean free, boolean stepFree) {
        return assetMap.search(new ServiceQuery(words, category, neighbourhood, day, age, free, stepFree, null, false, 1));
    }

    /** The published services with a time that meets at some moment from {@code from} to {@code to}. */
    private long meetingBetween(String from, String to) {
        return Sql.number(database, "SELECT COUNT(DISTINCT s.id) FROM asset_service s JOIN asset_schedule t ON "
                + "t.service_id = s.id WHERE s.status = 'PUBLISHED' AND t.closes_at > CAST('" + from + ":00' AS TIME)"
                + " AND t.opens_at < CAST('" + to + ":00' AS TIME)");
    }

    @Test
    void aTimeOfDayFindsWhatMeetsThen() {
        long all = search(null, null, null, null, null, false, false).total();
        for (String[] part : new String[][] {{"06:00", "12:00"}, {"12:00", "17:00"}, {"17:00", "23:59"}}) {
            long found = assetMap.search(new ServiceQuery(null, null, null, null, null, false, false, null, false, 1,
                    java.time.LocalTime.parse(part[0]), java.time.LocalTime.parse(part[1]))).total();
            assertEquals(meetingBetween(part[0], part[1]), found, part[0] + " to " + part[1]);
            assertTrue(found > 0 && found < all, part[0] + " to " + part[1] + ": " + found + " of " + all);
        }
        long lateOnTuesdays = assetMap.search(new ServiceQuery(null, null, null, DayOfWeek.TUESDAY, null, false,
                false, null, false, 1, java.time.LocalTime.parse("17:00"), null)).total();
        assertTrue(lateOnTuesdays <= meetingBetween("17:00", "23:59"), "a day and a time together narrow further");
    }

    @Test
    void everyPublishedServiceAndNoDraft() {
        long published = Sql.number(database, "SELECT COUNT(*) FROM asset_service WHERE status = 'PUBLISHED'");
        long drafts = Sql.number(database, "SELECT COUNT(*) FROM asset_service WHERE status = 'DRAFT'");
        assertTrue(published >= 30 && drafts >= 1, "the demo has published services and a draft");
        assertEquals(published, search(null, null, null, null, null, false, false).total());
        String draft = Sql.value(database, "SELECT uuid FROM asset_service WHERE status = 'DRAFT'");
        assertTrue(assetMap.service(draft).isEmpty(), "a draft has no public page");
        assertTrue(assetMap.service("not-a-uuid").isEmpty());
    }

    /** What another server would write: a change stamped now, committed. */
    private void changedElsewhere(String uuid, String set) {
        Sql.execute(database, "UPDATE asset_service SET " + set + "modified_at = CAST('"
                + java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                + "' AS TIMESTAMP) WHERE uuid = '" + uuid + "'");
    }

    @Test
    void searchesFollowChangesCommittedThroughAnyServer() {
        String draft = Sql.value(database, "SELECT uuid FROM asset_service WHERE status = 'DRAFT'");
        String name = Sql.value(database, "SELECT name FROM asset_service WHERE uuid = '" + draft + "'");
        long before = search(null, null, null, null, null, false, false).total();
        try {
            changedElsewhere(draft, "status = 'PUBLISHED', ");
            assertEquals(before + 1, search(null, null, null, null, null, false, false).total(), "published");
            assertTrue(search(name, null, null, null, null, false, false).items().stream()
                    .anyMatch(r -> r.id().equals(draft)));
            long id = Sql.number(database, "SELECT id FROM asset_service WHERE uuid = '" + draft + "'");
            Sql.execute(database, "INSERT INTO asset_service_word (service_id, word) VALUES (" + id + ", 'zumba')");
            changedElsewhere(draft, "");
            assertEquals(List.of(draft), search("zumb", null, null, null, null, false, false).items().stream()
                    .map(ServiceRow::id).toList(), "a new word");
            Sql.execute(database, "DELETE FROM asset_service_word WHERE word = 'zumba'");
        } finally {
            changedElsewhere(draft, "status = 'DRAFT', ");
        }
        assertEquals(before, search(null, null, null, null, null, false, false).total(), "a draft again");
        assertEquals(0, search("zumb", null, null, null, null, false, false).total());
    }

    @Test
    void filtersCombine() {
        long kingsmead = neighbourhoods.covering("KM1").orElseThrow().id();
        Paged<ServiceRow> food = search(null, "food", null, null, null, false, false);
        assertTrue(food.total() > 0 && food.items().stream().allMatch(r -> r.categories().contains("Food")));
        Paged<ServiceRow> foodHere = search(null, "food", kingsmead, null, null, false, false);
        assertTrue(foodHere.total() > 0 && foodHere.total() < food.total(), "one neighbourhood's food services");

        Paged<ServiceRow> tuesdays = search(null, null, null, DayOfWeek.TUESDAY, null, false, false);
        assertTrue(tuesdays.total() > 0 && tuesdays.items().stream().allMatch(r -> r.when().stream()
                .anyMatch(w -> w.contains("Tuesday"))), "met on Tuesdays");

        Paged<ServiceRow> free = search(null, null, null, null, null, true, false);
        assertTrue(free.total() > 0 && free.items().stream().allMatch(r -> "Free".equals(r.cost())));

        List<String> forSeventy = search("youth", null, null, null, 70, false, false).items().stream()
                .map(ServiceRow::name).toList();
        assertTrue(forSeventy.isEmpty(), "the youth club (11 to 17) is not for a 70-year-old: " + forSeventy);
        assertTrue(search("youth", null, null, null, 14, false, false).total() > 0);

        Paged<ServiceRow> lunch = search("LUNCH club", null, null, null, null, false, false);
        assertTrue(lunch.total() > 0 && lunch.items().stream().allMatch(r -> r.name().toLowerCase().contains("lunch")
                || r.summary().toLowerCase().contains("lunch")), "words, in any case, each found");
        assertEquals(0, search("zzzqqq", null, null, null, null, false, false).total());
        long stepFree = search(null, null, null, null, null, false, true).total();
        assertTrue(stepFree > 0 && stepFree < search(null, null, null, null, null, false, false).total());
    }

    @Test
    void nearestFirstFromAPostcodeWithOnlineOnlyServicesLast() {
        Point eastwell = assetMap.locate("ew2 1aa", "postcode").orRefuse();
        long all = search(null, null, null, null, null, false, false).total();
        Paged<ServiceRow> page = assetMap.search(new ServiceQuery(null, null, null, null, null, false, false,
                eastwell, true, 1));
        assertEquals(all, page.total(), "distance orders, it does not filter");
        List<ServiceRow> rows = new java.util.ArrayList<>(page.items());
        for (int p = 2; p <= page.pages(); p++) {
            rows.addAll(assetMap.search(new ServiceQuery(null, null, null, null, null, false, false, eastwell, true,
                    p)).items());
        }
        long eastwellId = neighbourhoods.covering("EW2").orElseThrow().id();
        long inEastwell = search(null, null, eastwellId, null, null, false, false).total();
        assertTrue(inEastwell > 0);
        double last = -1;
        boolean onlineOnly = false;
        for (ServiceRow row : rows.stream().filter(r -> !r.outOfDate()).toList()) {
            if (!row.located()) {
                onlineOnly = true;
                assertTrue(row.distance() == null, "no distance for a service met only online");
                continue;
            }
            assertTrue(!onlineOnly, "services with a venue come before those met only online");
            double metres = eastwell.metresTo(new Point(row.latitude(), row.longitude()));
            assertTrue(metres >= last - 1, row.name() + " is nearer than the one before it");
            assertTrue(row.distance() != null && row.distance().endsWith("m"), row.distance());
            last = metres;
        }
        assertTrue(rows.get(0).where().contains("Eastwell") || rows.get(0).distance().endsWith(" m")
                || rows.get(0).distance().startsWith("0."), "the nearest is in Eastwell: " + rows.get(0));

        Paged<ServiceRow> byName = assetMap.search(new ServiceQuery(null, null, null, null, null, false, false,
                eastwell, false, 1));
        assertTrue(byName.items().stream().filter(ServiceRow::located).allMatch(r -> r.distance() != null),
                "by name, still with distances");
        assertTrue(byName.items().get(0).name().compareToIgnoreCase(byName.items().get(1).name()) <= 0);
    }

    @Test
    void postcodesThatCannotBeFoundAreRefusedBesideTheField() {
        var notAPostcode = assetMap.locate("kingsmead", "postcode").refusal();
        assertTrue(notAPostcode instanceof org.carecommunities.platform.Refusal.Invalid i
                && i.errors().byField().get("postcode").contains("full postcode"), String.valueOf(notAPostcode));
        var unknown = assetMap.locate("ZZ9 9ZZ", "postcode").refusal();
        assertTrue(unknown instanceof org.carecommunities.platform.Refusal.Invalid i
                && i.errors().byField().get("postcode").contains("could not find ZZ9 9ZZ"), String.valueOf(unknown));
    }

    @Test
    void wordsAreFoundByTheirStartThroughTheWordIndex() {
        assertTrue(search("gent", null, null, null, null, false, false).items().stream()
                .anyMatch(r -> r.name().equals("Health walks")), "a word's start finds it (gentle)");
        assertTrue(search("entle", null, null, null, null, false, false).items().stream()
                .noneMatch(r -> r.name().equals("Health walks")), "words are looked up by their start");
        assertEquals(0, Sql.number(database, "SELECT COUNT(*) FROM asset_service WHERE index_version = 0"),
                "every listing indexed at start-up, demo data too");
        assertEquals(search(null, null, null, null, null, false, false).total(),
                search("the and of", null, null, null, null, false, false).total(),
                "little words alone narrow nothing");
    }

    @Test
    void aServicePageHasItsNextSessionsInOrder() {
        String id = search("health walks", null, null, null, null, false, false).items().get(0).id();
        ServiceDetails walks = assetMap.service(id).orElseThrow();
        assertEquals(AssetMap.NEXT_SESSIONS, walks.next().size());
        for (int i = 1; i < walks.next().size(); i++) {
            assertTrue(walks.next().get(i).start().isAfter(walks.next().get(i - 1).start()));
        }
        assertTrue(walks.when().get(0).except().contains("No walk on bank holidays"));
        assertTrue(walks.next().stream().allMatch(s -> s.start().getDayOfWeek() == DayOfWeek.TUESDAY
                && s.start().getHour() == 10), "Tuesdays at 10:00, London time");
    }
}
