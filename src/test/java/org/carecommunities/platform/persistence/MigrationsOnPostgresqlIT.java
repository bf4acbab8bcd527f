package org.carecommunities.platform.persistence;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same migrations and demo data that build the embedded Derby database also build PostgreSQL, the
 * production database. Runs against a real local PostgreSQL (started by .ci/run) in a schema of its own, made
 * afresh each time: PORTAL_TEST_PG_URL, PORTAL_TEST_PG_USER, PORTAL_TEST_PG_PASSWORD. Without one it is skipped,
 * except under CI, where it fails.
 */
class MigrationsOnPostgresqlIT {

    private static final String SCHEMA = "migrations_it";
    private static PGSimpleDataSource database;

    @BeforeAll
    static void freshSchema() {
        String url = System.getenv().getOrDefault("PORTAL_TEST_PG_URL",
                "jdbc:postgresql://127.0.0.1:5432/portal_test");
        PGSimpleDataSource admin = dataSource(url);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("PostgreSQL at " + url + " is needed under CI: " + e.getMessage());
            }
            assumeTrue(false, "no PostgreSQL at " + url + ": " + e.getMessage());
        }
        database = dataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(System.getenv().getOrDefault("PORTAL_TEST_PG_USER", "portal_test"));
        dataSource.setPassword(System.getenv().getOrDefault("PORTAL_TEST_PG_PASSWORD", "portal_test"));
        dataSource.setConnectTimeout(5);
        return dataSource;
    }

    @Test
    void aPostgresqlDatabaseAtV6UpgradesWithoutLoss() throws SQLException {
        PGSimpleDataSource admin = dataSource(System.getenv().getOrDefault("PORTAL_TEST_PG_URL",
                "jdbc:postgresql://127.0.0.1:5432/portal_test"));
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + "_v6 CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA + "_v6");
        }
        String url = admin.getUrl();
        UpgradeFromV6.upgradesWithoutLoss(dataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema="
                + SCHEMA + "_v6"));
    }

    @Test
    void schemaAndDemoDataMigrateOnPostgresqlAndTheDemoLoadsOnce() throws SQLException {
        assertTrue(org.carecommunities.platform.Database.postgresql(database));
        MigrateResult schema = Migrator.schema(database);
        assertTrue(schema.success);
        assertTrue(schema.migrationsExecuted > 0);
        assertTrue(count("SELECT COUNT(*) FROM " + Migrator.POSTGRESQL_HISTORY + " WHERE success") >= 1,
                "PostgreSQL's own scripts ran, in their own history");

        assertTrue(Migrator.flyway(database, Migrator.DEMO, Migrator.DEMO_HISTORY).migrate().migrationsExecuted >= 2,
                "neighbourhoods and forums");
        assertEquals(3, count("SELECT COUNT(*) FROM neighbourhood"));
        assertEquals(9, count("SELECT COUNT(*) FROM neighbourhood_postcode_district"));
        long organisations = count("SELECT COUNT(*) FROM organisation");
        assertTrue(organisations >= 40, "organisations: " + organisations);
        assertEquals(0, count("SELECT COUNT(*) FROM organisation o WHERE NOT EXISTS "
                + "(SELECT 1 FROM organisation_neighbourhood s WHERE s.organisation_id = o.id)"),
                "every organisation serves a neighbourhood");

        assertEquals(12, count("SELECT COUNT(*) FROM forum"));
        assertTrue(count("SELECT COUNT(*) FROM forum_post") > count("SELECT COUNT(*) FROM forum_thread"));

        assertEquals(0, Migrator.flyway(database, Migrator.DEMO, Migrator.DEMO_HISTORY).migrate().migrationsExecuted);
        // the words of posts and titles, as PostgreSQL's English search reads them, kept by the database itself
        long walking = count("SELECT COUNT(*) FROM forum_post WHERE body_words @@ websearch_to_tsquery('english', "
                + "'walking')");
        assertTrue(walking > 0 && walking == count("SELECT COUNT(*) FROM forum_post WHERE to_tsvector('english', "
                + "body) @@ websearch_to_tsquery('english', 'walk')"), "a word found by its stem: " + walking);
        assertTrue(count("SELECT COUNT(*) FROM forum_thread WHERE title_words @@ websearch_to_tsquery('english', "
                + "'Bus')") > 0, "and in titles");
        assertEquals(0, Migrator.schema(database).migrationsExecuted, "nothing twice");
        assertEquals(count("SELECT COUNT(*) FROM " + Migrator.POSTGRESQL_HISTORY), count("SELECT COUNT(*) FROM "
                + Migrator.POSTGRESQL_HISTORY + " WHERE success"));
        assertEquals(organisations, count("SELECT COUNT(*) FROM organisation"));

        // identity columns still hand out new ids after the demo rows
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO organisation (slug, name, kind) VALUES ('it-new', 'New', 'FAITH_GROUP')");
        }
        assertEquals(organisations + 1, count("SELECT COUNT(*) FROM organisation"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
