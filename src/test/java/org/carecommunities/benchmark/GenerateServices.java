package org.carecommunities.benchmark;

import org.carecommunities.assetmap.domain.SearchWords;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.carecommunities.benchmark.ScaleData.analyze;
import static org.carecommunities.benchmark.ScaleData.nextId;
import static org.carecommunities.benchmark.ScaleData.numbers;
import static org.carecommunities.benchmark.ScaleData.restartIdentity;
import static org.carecommunities.benchmark.ScaleData.strings;

/**
 * Fills a portal database with many published services (default 100,000), each with one or two venues spread over
 * a county around the demo neighbourhoods, one or two weekly or monthly schedules and one to three categories,
 * written in batches, for the asset map's search benchmark ({@link SearchBenchmark}). Not part of any start: run it
 * with the portal stopped (embedded Derby allows one process), as the README's "Benchmarks" section shows.
 *
 * <p>Arguments: a JDBC URL, then optionally the number of services, a user and a password. The schema and the demo
 * data are brought up to date first (as the portal's start-up does). Every organisation becomes a group of the
 * asset map (the scale data's 5,000 too, when {@link GeneratePartnership} ran first) and the services are shared
 * among them, so a group has a few to a few dozen, as in life (all 100,000 among the demo's 15 groups made each
 * steward's pages read 6,700 services). The same seed makes the same data.
 */
public final class GenerateServices {

    private static final String[][] ACTIVITIES = {
            {"Walking football", "physical-activity"}, {"Chair yoga", "physical-activity"},
            {"Health walks", "physical-activity"}, {"Tai chi", "physical-activity"},
            {"Swimming for beginners", "physical-activity"}, {"Dance fitness", "physical-activity"},
            {"Bowls club", "physical-activity"}, {"Cycling group", "physical-activity"},
            {"Knit and natter", "social-groups"}, {"Coffee morning", "social-groups"},
            {"Men's shed", "social-groups"}, {"Games afternoon", "social-groups"},
            {"Lunch club", "food"}, {"Community fridge", "food"}, {"Food bank", "food"},
            {"Cookery course", "food"}, {"Debt advice drop-in", "money-and-debt"},
            {"Benefits check", "money-and-debt"}, {"Carers' cafe", "carers"}, {"Carers' support group", "carers"},
            {"Memory cafe", "older-people"}, {"Befriending calls", "older-people"},
            {"Baby and toddler group", "children-and-families"}, {"Homework club", "children-and-families"},
            {"Youth club", "children-and-families"}, {"Art class", "arts-and-culture"},
            {"Community choir", "arts-and-culture"}, {"Pottery workshop", "arts-and-culture"},
            {"Reading group", "learning-and-skills"}, {"Computer help", "learning-and-skills"},
            {"English conversation", "learning-and-skills"}, {"Volunteer gardening", "volunteering"},
            {"Litter pick", "volunteering"}, {"Talking therapies group", "mental-wellbeing"},
            {"Mindfulness session", "mental-wellbeing"}, {"Peer support circle", "mental-wellbeing"},
            {"Housing advice surgery", "housing-advice"}, {"Tenants' forum", "housing-advice"}};
    private static final String[] FOR_WHOM = {"for older people", "for carers", "for families", "for everyone",
            "for men", "for women", "for young people", "for people living with dementia", "for new parents",
            "for people new to the area"};
    private static final String[] PLACES = {"Community Centre", "Church Hall", "Library", "Leisure Centre",
            "Scout Hut", "Mosque Hall", "Gurdwara", "Primary School", "Youth Centre", "Sports Pavilion", "Cafe",
            "Village Hall", "Park Pavilion", "Methodist Hall", "Family Hub"};
    private static final String[] TOWNS = {"Kingsmead", "Northgate Hill", "Eastwell", "Ashby Cross", "Brindley",
            "Coldharbour", "Dunmere", "Elmstead", "Fairley", "Greyfield", "Hollins", "Ivybridge Park", "Juniper Vale",
            "Kestrel Moor", "Longford", "Marsh End", "Netherby", "Oakhurst", "Pennington", "Quarry Bank"};
    private static final String[] DETAILS = {"Friendly and relaxed, with tea and biscuits.",
            "Led by trained volunteers; go at your own pace.", "No need to book: just turn up.",
            "Bring a friend if you like.", "Free parking nearby and on a bus route.",
            "A warm welcome for everyone, whatever your experience.", "Equipment is provided.",
            "Sessions are run in English and Punjabi.", "Refreshments are free.", "A quiet room is available."};
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private GenerateServices() {
    }

    public static void main(String[] args) throws SQLException {
        ScaleData.Target target = ScaleData.Target.of(
                "GenerateServices <jdbc-url> [services, default 100000] [user] [password]", "100000", args);
        int count = Integer.parseInt(target.amount());
        target.migrate();
        long started = System.nanoTime();
        try (Connection db = target.connect()) {
            db.setAutoCommit(false);
            generate(db, count);
        }
        System.out.printf("%d services written in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private static void generate(Connection db, int count) throws SQLException {
        try (PreparedStatement group = db.prepareStatement(
                "INSERT INTO asset_group (organisation_slug, uuid) VALUES (?, ?)")) {
            for (String slug : strings(db, "SELECT o.slug FROM organisation o WHERE NOT EXISTS (SELECT 1 FROM "
                    + "asset_group g WHERE g.organisation_slug = o.slug) ORDER BY o.slug")) {
                group.setString(1, slug);
                group.setString(2, java.util.UUID.nameUUIDFromBytes(("asset-group:" + slug)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
                group.addBatch();
            }
            group.executeBatch();
        }
        List<String> groups = strings(db, "SELECT organisation_slug FROM asset_group ORDER BY organisation_slug");
        List<Long> places = numbers(db, "SELECT id FROM neighbourhood");
        if (groups.isEmpty() || places.isEmpty()) {
            throw new IllegalStateException("No groups or neighbourhoods to list services under");
        }
        java.util.Map<String, String> terms = new java.util.HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT code, id FROM asset_taxonomy_term")) {
            while (r.next()) {
                terms.put(r.getString(1), r.getString(2));
            }
        }
        long serviceId = nextId(db, "asset_service");
        long locationId = nextId(db, "asset_location");
        long scheduleId = nextId(db, "asset_schedule");
        Random random = new Random(20261130L);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        try (PreparedStatement service = db.prepareStatement("INSERT INTO asset_service (id, uuid, group_slug, "
                + "neighbourhood_id, name, description, minimum_age, maximum_age, free, cost, how_to_join, online, "
                + "status, reviewed_on, created_at, modified_at, search_text, index_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 'PUBLISHED', ?, ?, ?, ?, ?)");
             PreparedStatement word = db.prepareStatement(
                     "INSERT INTO asset_service_word (service_id, word) VALUES (?, ?)");
             PreparedStatement category = db.prepareStatement(
                     "INSERT INTO asset_service_category (service_id, term_id) VALUES (?, ?)");
             PreparedStatement location = db.prepareStatement("INSERT INTO asset_location (id, uuid, at_uuid, "
                     + "service_id, venue, address, town, postcode, latitude, longitude, step_free, hearing_loop, "
                     + "accessible_toilet, parking) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement schedule = db.prepareStatement("INSERT INTO asset_schedule (id, uuid, service_id, "
                     + "freq, repeat_every, byday, opens_at, closes_at, dtstart) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < count; n++) {
                String[] activity = ACTIVITIES[random.nextInt(ACTIVITIES.length)];
                String town = TOWNS[random.nextInt(TOWNS.length)];
                String venue = town + " " + PLACES[random.nextInt(PLACES.length)];
                String name = activity[0] + " " + FOR_WHOM[random.nextInt(FOR_WHOM.length)];
                String description = activity[0] + " at " + venue + ". " + DETAILS[random.nextInt(DETAILS.length)]
                        + " " + DETAILS[random.nextInt(DETAILS.length)];
                Set<String> codes = new LinkedHashSet<>(List.of(activity[1]));
                while (random.nextInt(3) == 0 && codes.size() < 3) {
                    codes.add(ACTIVITIES[random.nextInt(ACTIVITIES.length)][1]);
                }
                boolean free = random.nextInt(3) > 0;
                String text = String.join(" ", name, description, String.join(" ", codes), venue, town)
                        .toLowerCase(java.util.Locale.UK);
                int at = 1;
                service.setLong(at++, serviceId);
                service.setString(at++, UUID.randomUUID().toString());
                service.setString(at++, groups.get(random.nextInt(groups.size())));
                service.setLong(at++, places.get(random.nextInt(places.size())));
                service.setString(at++, name);
                service.setString(at++, description);
                boolean young = name.contains("young") || name.contains("Youth") || name.contains("Homework");
                Integer minimum = young ? Integer.valueOf(11) : random.nextInt(4) == 0 ? Integer.valueOf(18) : null;
                service.setObject(at++, minimum, java.sql.Types.INTEGER);
                service.setObject(at++, young ? Integer.valueOf(17) : null, java.sql.Types.INTEGER);
                service.setBoolean(at++, free);
                service.setString(at++, free ? null : "£" + (1 + random.nextInt(6)) + " a session");
                service.setString(at++, random.nextInt(4) == 0 ? "SELF_REFERRAL" : "JUST_TURN_UP");
                service.setDate(at++, Date.valueOf(LocalDate.now().minusDays(random.nextInt(500))));
                service.setTimestamp(at++, Timestamp.valueOf(now));
                service.setTimestamp(at++, Timestamp.valueOf(now.minusMinutes(random.nextInt(100_000))));
                service.setString(at++, text);
                service.setInt(at, 1);
                service.addBatch();
                for (String w : SearchWords.of(text)) {
                    word.setLong(1, serviceId);
                    word.setString(2, w);
                    word.addBatch();
                }
                for (String code : codes) {
                    category.setLong(1, serviceId);
                    category.setString(2, terms.get(code));
                    category.addBatch();
                }
                int venues = random.nextInt(5) == 0 ? 2 : 1;
                for (int v = 0; v < venues; v++) {
                    // a county of about 60 by 50 km around the demo neighbourhoods
                    location.setLong(1, locationId++);
                    location.setString(2, UUID.randomUUID().toString());
                    location.setString(3, UUID.randomUUID().toString());
                    location.setLong(4, serviceId);
                    location.setString(5, venue);
                    location.setString(6, (1 + random.nextInt(200)) + " High Street");
                    location.setString(7, town);
                    location.setString(8, "CV" + (1 + random.nextInt(40)) + " " + random.nextInt(10)
                            + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)));
                    location.setDouble(9, 52.18 + random.nextDouble() * 0.5);
                    location.setDouble(10, -1.95 + random.nextDouble() * 0.9);
                    location.setBoolean(11, random.nextBoolean());
                    location.setBoolean(12, random.nextInt(4) == 0);
                    location.setBoolean(13, random.nextBoolean());
                    location.setBoolean(14, random.nextBoolean());
                    location.addBatch();
                }
                int times = random.nextInt(4) == 0 ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    boolean monthly = random.nextInt(5) == 0;
                    LocalTime opens = LocalTime.of(9 + random.nextInt(10), random.nextBoolean() ? 0 : 30);
                    schedule.setLong(1, scheduleId++);
                    schedule.setString(2, UUID.randomUUID().toString());
                    schedule.setLong(3, serviceId);
                    schedule.setString(4, monthly ? "MONTHLY" : "WEEKLY");
                    schedule.setInt(5, monthly ? 1 : 1 + random.nextInt(2));
                    schedule.setString(6, (monthly ? (random.nextBoolean() ? "1" : "-1") : "")
                            + DAYS[random.nextInt(DAYS.length)]);
                    schedule.setTime(7, Time.valueOf(opens));
                    schedule.setTime(8, Time.valueOf(opens.plusMinutes(60 + 30L * random.nextInt(5))));
                    schedule.setDate(9, Date.valueOf(LocalDate.of(2026, 1, 5)));
                    schedule.addBatch();
                }
                serviceId++;
                if ((n + 1) % 1000 == 0 || n == count - 1) {
                    service.executeBatch();
                    word.executeBatch();
                    category.executeBatch();
                    location.executeBatch();
                    schedule.executeBatch();
                    db.commit();
                    if ((n + 1) % 10_000 == 0) {
                        System.out.println((n + 1) + " services");
                    }
                }
            }
        }
        restartIdentity(db, "asset_service", serviceId);
        restartIdentity(db, "asset_location", locationId);
        restartIdentity(db, "asset_schedule", scheduleId);
        analyze(db, List.of("asset_service", "asset_service_word", "asset_service_category", "asset_location",
                "asset_schedule"));
    }
}
