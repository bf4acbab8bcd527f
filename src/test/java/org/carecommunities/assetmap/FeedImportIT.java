package org.carecommunities.assetmap;

import org.carecommunities.assetmap.openreferral.Finding;
import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.openreferral.RecordOutcome;
import org.carecommunities.assetmap.openreferral.OpenReferralRecordsTest;
import org.carecommunities.assetmap.openreferral.FeedCopies;
import org.carecommunities.assetmap.openreferral.FeedImports;
import org.carecommunities.assetmap.openreferral.FeedRuns;
import org.carecommunities.assetmap.services.ServiceStatus;
import org.carecommunities.assetmap.stewardship.StewardNews;
import org.carecommunities.assetmap.stewardship.Stewardship;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Refusal;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Sql;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another directory taken in by its feed's address: feeds served by this test server ({@link TestFeed}) with a slow
 * record, a bad one and a page that fails; addresses refused before anything is asked; a steward's local edit kept
 * and offered; services that leave the feed archived; a scheduled refresh claimed once; and the portal's own feed
 * taken in again as a copy, giving the same services, venues, times and categories.
 */
@ExtendWith(ArquillianExtension.class)
class FeedImportIT {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withPersistence(FeedImportIT.class).addClasses(OpenReferralRecordsTest.class,
                TestFeed.class);
    }

    @Inject
    FeedImports feeds;

    @Inject
    FeedRuns runs;

    @Inject
    FeedCopies copies;

    @Inject
    AssetMap assetMap;

    @Inject
    StewardNews stewardNews;

    @Inject
    org.carecommunities.identity.Members members;

    @Inject
    Stewardship stewardship;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "http.port")
    String port;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private static final MemberDetails ADMIN = new MemberDetails(1L, UUID.randomUUID().toString(), "Admin", 1L,
            Set.of(), null, LocalDateTime.now(), 1, null, Set.of(Role.ADMIN));

    private String eastwell() {
        return String.valueOf(neighbourhoods.covering("EW2").orElseThrow().id());
    }

    private String base(String feed) {
        return "http://127.0.0.1:" + port + "/test-feeds/" + feed;
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A full record, with its own organization. */
    private static JsonObject record(String id, String name, String description) {
        var builder = OpenReferralRecordsTest.service().add("id", id).add("name", name)
                .add("organization", Json.createObjectBuilder().add("id", UUID.nameUUIDFromBytes(id.getBytes(
                        StandardCharsets.UTF_8)).toString()).add("name", "Group of " + name));
        if (description == null) {
            builder.remove("description");
        } else {
            builder.add("description", description);
        }
        return builder.build();
    }

    private FeedImports.Walk walk(String feed) {
        long run = feeds.start(base(feed), eastwell(), false, ADMIN).orRefuse();
        return finished(run);
    }

    private FeedImports.Walk finished(long run) {
        for (int i = 0; i < 600; i++) {
            FeedImports.Walk walk = feeds.walk(run, ADMIN).orRefuse();
            if (!walk.going()) {
                return walk;
            }
            sleep(100);
        }
        throw new AssertionError("the walk did not finish within a minute");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> outcomes(FeedImports.Walk walk) {
        Map<String, String> outcomes = new java.util.HashMap<>();
        walk.accepted().forEach(l -> outcomes.put(l.id(), l.outcome().said()));
        walk.rejected().forEach(l -> outcomes.put(l.id(), "rejected: " + said(l.reasons())));
        return outcomes;
    }

    /** Findings as an English reader reads them, one after another. */
    private static String said(List<Finding> findings) {
        return findings.stream().map(Finding::said).collect(Collectors.joining("; "));
    }

    @Test
    void aFeedIsWalkedPageByPageAndItsSlowAndBadRecordsAreReported() {
        String feed = fresh("walk");
        String good = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();
        String slow = UUID.randomUUID().toString();
        TestFeed.feed(feed).addAll(List.of(record(good, "Walked lunch " + feed, "Lunch."),
                record(other, "Walked tea " + feed, "Tea."), record(bad, "Walked nothing " + feed, null),
                record(slow, "Walked slowly " + feed, "Slow.")));
        TestFeed.SLOW.add(slow);

        FeedImports.Walk walk = walk(feed);
        assertEquals(FeedImports.Stage.DONE, walk.stage(), said(walk.found()));
        assertEquals(4, walk.listed(), "every page was read (two services to a page)");
        assertEquals(4, walk.fetched());
        Map<String, String> outcomes = outcomes(walk);
        assertEquals("created", outcomes.get(good));
        assertEquals("created", outcomes.get(other));
        assertTrue(outcomes.get(bad).contains("description is missing"), outcomes.get(bad));
        assertTrue(outcomes.get(slow).contains("no answer within 2 s"), outcomes.get(slow));
        assertEquals("Lunch.", assetMap.service(good).orElseThrow().description());

        TestFeed.SLOW.remove(slow);
        Map<String, String> again = outcomes(walk(feed));
        assertEquals("unchanged", again.get(good), "a record the same as the one taken is left alone");
        assertEquals("created", again.get(slow));
    }

    @Test
    void addressesOutsideThePublicWebAreRefusedBeforeAnythingIsAsked() {
        assertTrue(urlError(feeds.start("https://127.0.0.1:" + (Integer.parseInt(port) + 1) + "/test-feeds/x",
                eastwell(), false, ADMIN).refusal()).contains("private or local"), "trust is for one host and port");
        assertTrue(urlError(feeds.start("https://localhost/openreferral", eastwell(), false, ADMIN).refusal())
                .contains("private or local"));
        assertTrue(urlError(feeds.start("https://10.0.0.1/openreferral", eastwell(), false, ADMIN).refusal())
                .contains("private or local"));
        assertTrue(urlError(feeds.start("http://example.org/openreferral", eastwell(), false, ADMIN).refusal())
                .contains("https://"));
        Refusal both = feeds.start("", "999999", false, ADMIN).refusal();
        assertEquals(Set.of("url", "neighbourhood"), ((Refusal.Invalid) both).errors().byField().keySet());
        MemberDetails steward = new MemberDetails(2L, UUID.randomUUID().toString(), "Steward", 1L, Set.of(), null,
                LocalDateTime.now(), 1, null, Set.of(Role.GROUP_STEWARD));
        assertTrue(feeds.start(base("x"), eastwell(), false, steward).refusal() instanceof Refusal.NotPermitted);
        assertEquals(0, Sql.number(database, "SELECT COUNT(*) FROM asset_feed WHERE base_url LIKE '%10.0.0.1%' "
                + "OR base_url LIKE 'https://127.0.0.1%'"), "a refused address is not kept");
    }

    @Test
    void aFeedThatCannotBeReadSavesNothingAndAPageThatFailsArchivesNothing() {
        FeedImports.Walk missing = finished(feeds.start("http://127.0.0.1:" + port + "/no-such-feed",
                eastwell(), false, ADMIN).orRefuse());
        assertEquals(FeedImports.Stage.FAILED, missing.stage());
        assertTrue(said(missing.found()).contains("answered 404"), said(missing.found()));
        String welsh = Text.in(Text.language("cy"), () -> said(missing.found()));
        assertTrue(welsh.startsWith("Ni ellid darllen tudalen gyntaf") && welsh.contains("atebodd 404"),
                "the same walk read in Welsh: " + welsh);

        String feed = fresh("broken");
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        ids.forEach(id -> TestFeed.feed(feed).add(record(id, "Broken feed " + id.substring(0, 8), "Here.")));
        assertEquals(3, outcomes(walk(feed)).values().stream().filter("created"::equals).count());
        TestFeed.BROKEN.add(feed);
        FeedImports.Walk partial = walk(feed);
        assertEquals(FeedImports.Stage.DONE, partial.stage());
        String partly = said(partial.found());
        assertTrue(partly.contains("Page 2") && partly.contains("no service was archived"), partly);
        assertEquals(ServiceStatus.PUBLISHED, assetMap.service(ids.get(2)).orElseThrow().status(),
                "a service on a page that could not be read is not taken to have left");
    }

    @Test
    void aReportKeptBeforeImportsKeptFactsReadsAsItWasWritten() {
        String feed = fresh("older");
        TestFeed.feed(feed).add(record(UUID.randomUUID().toString(), "Older report " + feed, "Here."));
        long feedId = Sql.number(database, "SELECT feed_id FROM asset_feed_run WHERE id = " + walk(feed).id());
        Sql.execute(database, "INSERT INTO asset_feed_run (feed_id, started_at, finished_at, state, listed, fetched, "
                + "message) VALUES (" + feedId + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'DONE', 1, 1, "
                + "'New groups (unclaimed): Older Hall')");
        long run = Sql.number(database, "SELECT MAX(id) FROM asset_feed_run WHERE feed_id = " + feedId);
        Sql.execute(database, "INSERT INTO asset_feed_run_line (run_id, line_no, service_id, name, outcome, reasons, "
                + "notes) VALUES (" + run + ", 1, NULL, NULL, 'REJECTED', 'name is missing', '')");
        FeedImports.Walk older = Text.in(Text.language("cy"), () -> feeds.walk(run, ADMIN).orRefuse());
        assertEquals("New groups (unclaimed): Older Hall", Text.in(Text.language("cy"), () -> said(older.found())),
                "its words as written, in any reader's language");
        assertEquals("en", older.found().get(0).lang(), "and marked English on the page");
        assertEquals("name is missing", said(older.rejected().get(0).reasons()));
    }

    @Test
    void aStewardsLocalEditIsKeptTheUpdateOfferedAndServicesThatLeaveAreArchived() {
        String feed = fresh("edit");
        String kept = UUID.randomUUID().toString();
        String leaving = UUID.randomUUID().toString();
        TestFeed.feed(feed).addAll(List.of(record(kept, "Kept club " + feed, "Thursdays."),
                record(leaving, "Leaving club " + feed, "Fridays.")));
        assertEquals(Set.of("created"), new HashSet<>(outcomes(walk(feed)).values()));

        String group = Sql.value(database, "SELECT group_slug FROM asset_service WHERE uuid = '" + kept + "'");
        claim(group);
        sleep(20);
        stewardship.confirmReviewed(kept, ADMIN).orRefuse();

        TestFeed.feed(feed).clear();
        TestFeed.feed(feed).add(record(kept, "Kept club " + feed, "Thursdays and Saturdays."));
        Map<String, String> second = outcomes(walk(feed));
        assertEquals("offered to its steward", second.get(kept));
        assertEquals("archived: it has left the feed", second.get(leaving));
        assertEquals("Thursdays.", assetMap.service(kept).orElseThrow().description(), "the local copy stands");
        assertEquals("archived", Sql.value(database, "SELECT status FROM asset_service WHERE uuid = '" + leaving
                + "'").toLowerCase());

        MemberDetails steward = members.setUpProfile(org.carecommunities.identity.signin.SignInClaims.of(
                UUID.randomUUID().toString(), "Kit Steward", null, List.of("group-steward"), List.of(group)),
                "Kit Steward", 1L).orRefuse().withRoles(Set.of(Role.GROUP_STEWARD));
        assertTrue(stewardNews.unread(steward.id()).stream().anyMatch(n -> n.message().contains("Kept club " + feed)
                && n.message().contains("newer details") && n.href().endsWith("#updates")),
                "the group's stewards hear of the update in \"new for you\"");
        List<FeedCopies.Offer> waiting = copies.waiting(group, steward).orRefuse();
        assertEquals(1, waiting.size());
        assertEquals(List.of(new FeedCopies.Difference("Description", "Thursdays.", "Thursdays and Saturdays.")),
                waiting.get(0).differences());
        assertEquals("kept as its steward edited it", outcomes(walk(feed)).get(kept), "offered once");

        copies.take(kept, ADMIN).orRefuse();
        assertEquals("Thursdays and Saturdays.", assetMap.service(kept).orElseThrow().description());
        assertTrue(copies.waiting(group, ADMIN).orRefuse().isEmpty());
        assertEquals("unchanged", outcomes(walk(feed)).get(kept), "taken: the feed's record is the service again");

        sleep(20);
        stewardship.confirmReviewed(kept, ADMIN).orRefuse();
        TestFeed.feed(feed).set(0, record(kept, "Kept club " + feed, "Saturdays only."));
        assertEquals("offered to its steward", outcomes(walk(feed)).get(kept));
        copies.leave(kept, ADMIN).orRefuse();
        assertEquals("kept as its steward edited it", outcomes(walk(feed)).get(kept), "a left update stays left");
        assertEquals("Thursdays and Saturdays.", assetMap.service(kept).orElseThrow().description());
        MemberDetails outsider = new MemberDetails(3L, UUID.randomUUID().toString(), "Outsider", 1L, Set.of(), null,
                LocalDateTime.now(), 1, null, Set.of(Role.GROUP_STEWARD));
        assertTrue(copies.waiting(group, outsider).refusal() instanceof Refusal.NotPermitted);
        assertTrue(copies.take(kept, outsider).refusal() instanceof Refusal.NotPermitted);
    }

    private void claim(String group) {
        Sql.execute(database, "UPDATE asset_group SET claimed_at = CURRENT_TIMESTAMP WHERE organisation_slug = '"
                + group + "'");
    }

    @Test
    void aScheduledRefreshIsClaimedOnceAndComesRoundAgainAPeriodLater() {
        String feed = fresh("daily");
        String id = UUID.randomUUID().toString();
        TestFeed.feed(feed).add(record(id, "Daily club " + feed, "Daily."));
        long first = feeds.start(base(feed), eastwell(), true, ADMIN).orRefuse();
        finished(first);
        long feedId = Sql.number(database, "SELECT id FROM asset_feed WHERE base_url = '" + base(feed) + "'");
        assertTrue(runs.claim(feedId, java.time.Duration.ofMinutes(1), true).isEmpty(), "not due for a day");

        TestFeed.feed(feed).set(0, record(id, "Daily club " + feed, "Daily, and on Sundays."));
        Sql.execute(database, "UPDATE asset_feed SET next_refresh_at = '" + LocalDateTime.now(clock).minusMinutes(1)
                .toString().replace('T', ' ') + "' WHERE id = " + feedId);
        for (int i = 0; i < 150 && !"Daily, and on Sundays.".equals(assetMap.service(id).orElseThrow()
                .description()); i++) {
            sleep(100);
        }
        assertEquals("Daily, and on Sundays.", assetMap.service(id).orElseThrow().description(),
                "the schedule refreshed the feed");
        sleep(4000);
        assertEquals(2, Sql.number(database, "SELECT COUNT(*) FROM asset_feed_run WHERE feed_id = " + feedId),
                "one refresh, by one server, then none until the next is due");
        assertTrue(runs.claim(feedId, java.time.Duration.ofMinutes(1), true).isEmpty());
    }

    @Test
    void thePortalsOwnFeedTakenInAgainGivesTheSameServicesVenuesTimesAndCategories() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String own = "http://127.0.0.1:" + port + "/openreferral";
        JsonArray listed = json(http, own + "/services?per_page=6").asJsonObject().getJsonArray("contents");
        String feed = fresh("copy");
        String suffix = feed.substring(5);
        Map<String, String> copyOf = new java.util.HashMap<>();
        for (JsonValue summary : listed) {
            String id = summary.asJsonObject().getString("id");
            String text = json(http, own + "/services/" + id).toString();
            Set<String> terms = termIds(Json.createReader(new StringReader(text)).readObject());
            Matcher m = UUID_TEXT.matcher(text);
            StringBuilder renamed = new StringBuilder();
            while (m.find()) {
                String found = m.group();
                m.appendReplacement(renamed, terms.contains(found) ? found
                        : UUID.nameUUIDFromBytes((suffix + found).getBytes(StandardCharsets.UTF_8)).toString());
            }
            m.appendTail(renamed);
            JsonObject copy = Json.createReader(new StringReader(renamed.toString())).readObject();
            JsonObject organization = copy.getJsonObject("organization");
            copy = Json.createObjectBuilder(copy).add("organization", Json.createObjectBuilder(organization)
                    .add("name", organization.getString("name") + " (copy " + suffix + ")")).build();
            copyOf.put(id, copy.getString("id"));
            TestFeed.feed(feed).add(copy);
        }
        FeedImports.Walk walk = walk(feed);
        assertEquals(FeedImports.Stage.DONE, walk.stage(), said(walk.found()));
        assertTrue(walk.rejected().isEmpty(), () -> walk.rejected().stream().map(l -> l.name() + ": "
                + said(l.reasons())).collect(Collectors.joining("\n")));
        assertEquals(listed.size(), walk.accepted().size());
        for (Map.Entry<String, String> pair : copyOf.entrySet()) {
            JsonObject original = json(http, own + "/services/" + pair.getKey()).asJsonObject();
            JsonObject taken = json(http, own + "/services/" + pair.getValue()).asJsonObject();
            assertEquals(shape(original), shape(taken), "service " + original.getString("name"));
        }

        TestFeed.feed(feed).clear();
        assertTrue(walk(feed).accepted().stream().allMatch(l -> l.outcome() == RecordOutcome.ARCHIVED),
                "the copies leave with the feed");
        for (String copy : copyOf.values()) {
            assertEquals("archived", Sql.value(database, "SELECT status FROM asset_service WHERE uuid = '" + copy
                    + "'").toLowerCase());
        }
    }

    private static JsonValue json(HttpClient http, String uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), uri);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    private static Set<String> termIds(JsonObject service) {
        Set<String> ids = new HashSet<>();
        for (JsonValue a : service.getJsonArray("attributes")) {
            ids.add(a.asJsonObject().getString("taxonomy_term_id"));
            if (a.asJsonObject().get("taxonomy_term") instanceof JsonObject term) {
                ids.add(term.getString("id", ""));
                ids.add(term.getString("taxonomy_id", ""));
                ids.add(term.getString("parent_id", ""));
            }
        }
        return ids;
    }

    /** What a person reads of a service: its words, venues, times and categories, whatever the ids. */
    private static List<Object> shape(JsonObject service) {
        List<String> venues = new ArrayList<>();
        for (JsonValue at : service.getJsonArray("service_at_locations")) {
            JsonObject location = at.asJsonObject().getJsonObject("location");
            JsonArray addresses = location.containsKey("addresses") ? location.getJsonArray("addresses")
                    : JsonValue.EMPTY_JSON_ARRAY;
            JsonObject address = addresses.isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : addresses.getJsonObject(0);
            venues.add(location.getString("location_type", "") + "|" + location.getString("name", "") + "|" + address.getString("address_1", "") + "|"
                    + address.getString("city", "") + "|" + address.getString("postal_code", "") + "|"
                    + location.get("latitude") + "|" + location.get("longitude"));
        }
        List<String> times = new ArrayList<>();
        for (JsonValue s : service.getJsonArray("schedules")) {
            JsonObject schedule = s.asJsonObject();
            times.add(schedule.getString("freq", "") + "|" + schedule.get("interval") + "|"
                    + schedule.getString("byday", "") + "|" + schedule.getString("opens_at", "") + "|"
                    + schedule.getString("closes_at", ""));
        }
        return List.of(service.getString("name"), service.getString("description"), service.getString("status"),
                venues.stream().sorted().toList(), times.stream().sorted().toList(),
                termIds(service).stream().filter(t -> !t.isEmpty()).sorted().toList());
    }

    private static String urlError(Refusal refusal) {
        assertTrue(refusal instanceof Refusal.Invalid, String.valueOf(refusal));
        String message = ((Refusal.Invalid) refusal).errors().byField().get("url");
        assertFalse(message == null, "the error is beside the address");
        return message;
    }
}
