package org.carecommunities.journeys;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.carecommunities.forum.Forums;
import org.carecommunities.identity.Directory;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.PersonalData;
import org.carecommunities.identity.rights.DataRights;
import org.carecommunities.identity.signin.SignInClaims;
import org.carecommunities.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A member's rights over their data, across every module: each table is covered by the copy and the erasure or
 * exempt with a reason, and after an erasure no table holds their name, email address, subject or number.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    private static final String FORUM = "eastwell-valley-young-people";
    /**
     * Tables that need not exist: the PostgreSQL history on the embedded database, the demo's old history, the
     * sessions when kept in memory.
     */
    private static final Set<String> MAY_BE_ABSENT = Set.of("flyway_postgresql_history", "demo_data_history",
            "portal_session");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withPersistence(PersonalDataIT.class);
    }

    @Inject
    DataRights rights;

    @Inject
    Members members;

    @Inject
    Directory directory;

    @Inject
    Forums forums;

    @Inject
    org.carecommunities.platform.ClaimedJobs jobs;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Test
    void everyTableIsCoveredOrExemptWithAReason() throws SQLException {
        List<String> named = rights.tables().stream().map(PersonalData.Table::name).toList();
        assertEquals(named.size(), new TreeSet<>(named).size(), "each table named by one module, once: " + named);
        rights.tables().stream().filter(t -> !t.covered())
                .forEach(t -> assertFalse(t.exemptBecause().isBlank(), t.name() + " exempt without a reason"));
        Set<String> tables = tables();
        Set<String> forgotten = new TreeSet<>(tables);
        named.forEach(forgotten::remove);
        assertEquals(Set.of(), forgotten, "tables no module covers by its copy and erasure, nor exempts");
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(tables);
        unknown.removeAll(MAY_BE_ABSENT);
        assertEquals(Set.of(), unknown, "tables named that do not exist");
    }

    @Test
    void aMemberErasedLeavesNoTraceButTheirPostsAsAFormerMembersAndTheLegalRecord() throws SQLException {
        String tag = Long.toString(System.nanoTime(), 36);
        String name = "Zenobia Q" + tag;
        String email = "zenobia." + tag + "@example.org";
        String subject = UUID.randomUUID().toString();
        SignInClaims claims = SignInClaims.of(subject, name, email, List.of("resident"), List.of("riverside-food-pantry"));
        long home = directory.choices().get(0).id();
        MemberDetails member = members.setUpProfile(claims, name, home).orRefuse().withRoles(claims.roles());
        forums.join(FORUM, member).orRefuse();
        long thread = forums.startThread(FORUM, member, "Lantern walk " + tag, "Meet by the bridge " + tag).orRefuse();
        long other = number("SELECT MIN(id) FROM forum_thread WHERE id <> ?", thread);
        long post = number("SELECT MIN(id) FROM forum_post WHERE thread_id = ?", other);
        long neighbourhood = number("SELECT MIN(id) FROM neighbourhood");
        long service = number("SELECT MIN(id) FROM asset_service");
        long agreement = number("SELECT MIN(id) FROM partnership_agreement");
        long board = number("SELECT board_id FROM partnership_agreement WHERE id = ?", agreement);
        long commitment = number("SELECT MIN(id) FROM partnership_commitment");
        LocalDateTime now = LocalDateTime.now().withNano(0);
        long id = member.id();
        // what taking part everywhere leaves, as each module stores it
        update("INSERT INTO thread_reader (member_id, thread_id, read_position, followed_at) VALUES (?, ?, 0, ?)",
                id, other, now);
        update("INSERT INTO thread_unmet_flag (thread_id, member_id, flagged_at) VALUES (?, ?, ?)", other, id, now);
        update("INSERT INTO proposal_support (thread_id, member_id, supported_at) VALUES (?, ?, ?)", other, id, now);
        update("INSERT INTO post_report (post_id, reporter_id, reason, created_at, reporter_level, weight, upheld) "
                + "VALUES (?, ?, ?, ?, 'MEMBER', 60, FALSE)", post, id, "Rude, says " + name, now);
        update("INSERT INTO moderation_action (moderator_id, neighbourhood_id, action, reason, created_at, member_id, "
                + "subject) VALUES (?, ?, 'suspended', 'Test', ?, ?, 'a member')", id, neighbourhood, now, id);
        update("INSERT INTO member_news (member_id, kind, about, item, state, at_time) VALUES (?, 'REPLY', 'THREAD', ?, "
                + "'NEW', ?)", id, other, now);
        update("INSERT INTO neighbourhood_digest (member_id, neighbourhood_id, subscribed_at) VALUES (?, ?, ?)",
                id, neighbourhood, now);
        update("INSERT INTO organisation_suggestion (neighbourhood_id, name, kind, contact_email, suggested_at, review) "
                + "VALUES (?, 'Lantern makers', 'VOLUNTARY_OR_COMMUNITY_GROUP', ?, ?, 'DECLINED')", neighbourhood, email.toUpperCase(Locale.UK), now);
        update("INSERT INTO asset_steward_seen (member_id, item_key, seen_at) VALUES (?, 'review:1', ?)", id, now);
        update("INSERT INTO asset_shortlist (token, owner_id, title, created_at) VALUES (?, ?, 'Walking', ?)",
                UUID.randomUUID().toString(), id, now);
        update("INSERT INTO asset_suggestion (service_id, kind, details, name, email, created_at) VALUES (?, 'OTHER', "
                + "'Opens at ten', ?, ?, ?)", service, name, email, now);
        update("INSERT INTO partnership_follow (member_id, agreement_id, followed) VALUES (?, ?, ?)", id, agreement,
                now.toString());
        update("INSERT INTO partnership_board_member (board_id, member_id, member_name, organisation_slug, "
                + "organisation_name, board_role, joined_on, left_on) VALUES (?, ?, ?, 'riverside-food-pantry', "
                + "'Riverside Food Pantry', 'MEMBER', ?, ?)", board, id, name, now.toLocalDate().minusDays(30),
                now.toLocalDate().minusDays(1));
        update("INSERT INTO partnership_progress (commitment_id, at_time, author, status, progress, note) "
                + "VALUES (?, ?, ?, 'ON_TRACK', 10, 'Started')", commitment, now, name);
        // a signature, for a party that is not one of the agreement's (taken out again below: others' tests count them)
        long version = number("SELECT MIN(id) FROM partnership_version");
        update("INSERT INTO partnership_signature (version_id, organisation_slug, signatory, member_id, signed_at, "
                + "digest, signed_by) VALUES (?, 'riverside-food-pantry', ?, ?, ?, ?, ?)", version, name, id, now,
                "0".repeat(64), name);

        JsonObject copy = rights.copy(member);
        assertEquals(DataRights.FORMAT, copy.getString("format"));
        String all = copy.toString();
        for (String expected : List.of(name, email, subject, "Lantern walk " + tag, "Rude, says " + name,
                "Lantern makers", "Opens at ten", "Riverside Food Pantry", "Started", "review:1", "Walking")) {
            assertTrue(all.contains(expected), "the copy holds " + expected + ": " + all);
        }
        assertEquals(1, copy.getJsonObject("forum").getJsonArray("supports").size());
        assertEquals(1, copy.getJsonObject("partnership").getJsonArray("signatures").size());
        assertEquals(1, copy.getJsonObject("neighbourhood").getJsonArray("weekly_emails").size());
        assertTrue(copy.getJsonObject("assetmap").getJsonArray("listings_you_steward").size() > 0);
        Map<String, List<String>> before = traces(name, email, subject, id);
        assertTrue(before.size() >= 10, "the member was in many tables before: " + before.keySet());

        rights.erase(member, new PersonalData.Erasure(false));

        assertEquals(Map.of(), traces(name, email, subject, id), "nothing identifying remains");
        assertTrue(members.bySubject(subject).isEmpty());
        assertEquals(1, number("SELECT COUNT(*) FROM forum_post WHERE thread_id = ? AND author_id = ? "
                + "AND deleted_at IS NOT NULL", thread, PersonalData.NOBODY), "the post stays, without its words");
        assertEquals(1, number("SELECT COUNT(*) FROM partnership_board_member WHERE board_id = ? AND member_name = "
                + "'A former member' AND organisation_slug = 'riverside-food-pantry'", board), "the seat, without who");
        assertEquals(1, number("SELECT COUNT(*) FROM partnership_signature WHERE version_id = ? AND organisation_slug = "
                + "'riverside-food-pantry' AND signed_by = 'Member (a former member)' AND member_id = ?", version,
                PersonalData.NOBODY), "the signature stays, under the organisation and the position held");
        update("DELETE FROM partnership_signature WHERE version_id = ? AND organisation_slug = 'riverside-food-pantry'",
                version);
    }

    @Test
    void aMemberWhoKeepsTheirWordsLeavesThemAsAFormerMembers() throws SQLException {
        String tag = Long.toString(System.nanoTime(), 36);
        SignInClaims claims = SignInClaims.of(UUID.randomUUID().toString(), "Quill " + tag, null, List.of("resident"),
                List.of());
        MemberDetails member = members.setUpProfile(claims, "Quill " + tag, directory.choices().get(0).id())
                .orRefuse().withRoles(claims.roles());
        forums.join(FORUM, member).orRefuse();
        long thread = forums.startThread(FORUM, member, "Allotment " + tag, "Plots free " + tag).orRefuse();

        rights.erase(member, new PersonalData.Erasure(true));

        assertEquals(1, number("SELECT COUNT(*) FROM forum_post WHERE thread_id = ? AND author_id = ? AND body = ? "
                + "AND deleted_at IS NULL", thread, PersonalData.NOBODY, "Plots free " + tag));
        assertEquals("A former member", forums.search("Allotment " + tag, FORUM, 1).threads().items().get(0)
                .author());
    }

    @Test
    void whatIsKeptOnlyForAWhileGoesAfterItsPeriodAndTheJobRunsOnceAPeriod() throws SQLException {
        String tag = Long.toString(System.nanoTime(), 36);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        long neighbourhood = number("SELECT MIN(id) FROM neighbourhood");
        update("INSERT INTO ended_sign_in (jti, ended_at) VALUES (?, ?)", "old-" + tag, now.minusDays(8));
        update("INSERT INTO ended_sign_in (jti, ended_at) VALUES (?, ?)", "new-" + tag, now.minusDays(6));
        update("INSERT INTO asset_unmet_search (neighbourhood_id, words, filters, searched_on, times) "
                + "VALUES (?, ?, '', ?, 1)", neighbourhood, "old " + tag, now.toLocalDate().minusDays(366));
        update("INSERT INTO asset_unmet_search (neighbourhood_id, words, filters, searched_on, times) "
                + "VALUES (?, ?, '', ?, 1)", neighbourhood, "new " + tag, now.toLocalDate().minusDays(364));

        assertTrue(rights.expire() >= 2);

        assertEquals(0, number("SELECT COUNT(*) FROM ended_sign_in WHERE jti = ?", "old-" + tag), "a week: gone");
        assertEquals(1, number("SELECT COUNT(*) FROM ended_sign_in WHERE jti = ?", "new-" + tag));
        assertEquals(0, number("SELECT COUNT(*) FROM asset_unmet_search WHERE words = ?", "old " + tag), "a year");
        assertEquals(1, number("SELECT COUNT(*) FROM asset_unmet_search WHERE words = ?", "new " + tag));

        String job = "test-" + tag;
        assertTrue(jobs.claim(job, java.time.Duration.ofHours(1)), "the first server claims it");
        assertFalse(jobs.claim(job, java.time.Duration.ofHours(1)), "the next, within the period, does not");
        update("UPDATE platform_job SET next_run_at = ? WHERE name = ?", now.minusMinutes(1), job);
        assertTrue(jobs.claim(job, java.time.Duration.ofHours(1)), "claimed again once the period is over");
    }

    /** Where the member still is: each table and the columns holding their name, email, subject or number. */
    private Map<String, List<String>> traces(String name, String email, String subject, long id) throws SQLException {
        Set<String> legalRecord = rights.tables().stream()
                .filter(t -> t.exemptBecause() != null && t.exemptBecause().startsWith("the legal record"))
                .map(PersonalData.Table::name).collect(Collectors.toSet());
        Map<String, List<String>> found = new HashMap<>();
        try (Connection connection = database.getConnection()) {
            for (String table : tables()) {
                if (legalRecord.contains(table)) {
                    continue;
                }
                try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(),
                        stored(connection, table), null)) {
                    while (columns.next()) {
                        String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        int type = columns.getInt("DATA_TYPE");
                        boolean text = type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR;
                        if (type == Types.CLOB) {
                            if (count(connection, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " LIKE ? OR "
                                    + column + " LIKE ? OR " + column + " LIKE ?", "%" + name + "%", "%" + email + "%",
                                    "%" + subject + "%") > 0) {
                                found.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
                            }
                            continue;
                        }
                        boolean memberNumber = type == Types.BIGINT && column.matches(
                                ".*(member|author|reporter|owner|moderator|requested_by|suspended_by|minute_taker).*");
                        String sql = text ? "SELECT COUNT(*) FROM " + table + " WHERE LOWER(" + column + ") LIKE ? "
                                + "OR LOWER(" + column + ") LIKE ? OR " + column + " = ?"
                                : memberNumber ? "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?" : null;
                        if (sql == null) {
                            continue;
                        }
                        long count = text ? count(connection, sql, "%" + name.toLowerCase(Locale.UK) + "%",
                                "%" + email.toLowerCase(Locale.UK) + "%", subject) : count(connection, sql, id);
                        if (count > 0) {
                            found.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
                        }
                    }
                }
            }
        }
        return found;
    }

    private Set<String> tables() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = database.getConnection();
             ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /** The table's name as the database keeps it (Derby upper case, PostgreSQL lower). */
    private static String stored(Connection connection, String table) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    private long number(String sql, Object... values) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return count(connection, sql, values);
        }
    }

    private static long count(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, values); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = prepared(connection, sql, values)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof LocalDateTime t) {
                statement.setTimestamp(i + 1, Timestamp.valueOf(t));
            } else if (value instanceof java.time.LocalDate d) {
                statement.setDate(i + 1, java.sql.Date.valueOf(d));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
