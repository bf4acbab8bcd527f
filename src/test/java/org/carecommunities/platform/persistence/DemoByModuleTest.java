package org.carecommunities.platform.persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo is kept by module ({@code db/demo/<module>/}) so that a deployment of the first modules loads theirs;
 * a database that loaded it before, as one file a set, keeps what it has and loads nothing twice.
 */
class DemoByModuleTest {

    private static EmbeddedDataSource derby(String name) {
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName("memory:" + name);
        database.setCreateDatabase("create");
        return database;
    }

    private static long count(EmbeddedDataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aFreshDatabaseLoadsEveryModulesDemoOnceInTheModulesOrder() throws SQLException {
        EmbeddedDataSource database = derby("demo-by-module");
        Migrator.flyway(database, Migrator.SCHEMA, Migrator.SCHEMA_HISTORY).migrate();
        assertTrue(Migrator.demo(database, DemoCalendar.loadedOn(DemoCalendar.WRITTEN_FOR)).migrate()
                .migrationsExecuted > 0);
        assertTrue(count(database, "SELECT COUNT(*) FROM partnership_meeting") > 0, "the last module's too");
        assertEquals(0, Migrator.demo(database, DemoCalendar.loadedOn(DemoCalendar.WRITTEN_FOR)).migrate()
                .migrationsExecuted, "and nothing the second time");
    }

    @Test
    void aDatabaseThatLoadedTheDemoBeforeItWasKeptByModuleLoadsNoneOfItAgain() throws SQLException {
        EmbeddedDataSource database = derby("demo-before-modules");
        Migrator.flyway(database, Migrator.SCHEMA, Migrator.SCHEMA_HISTORY).migrate();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE " + Migrator.LEGACY_DEMO_HISTORY + " (version VARCHAR(50))");
        }
        assertTrue(Migrator.loadedBeforeItWasKeptByModule(database));
        var loaded = Migrator.demo(database, DemoCalendar.loadedOn(DemoCalendar.WRITTEN_FOR)).migrate().migrations;
        assertTrue(loaded.stream().allMatch(m -> new java.math.BigDecimal(m.version)
                        .compareTo(new java.math.BigDecimal(Migrator.LEGACY_DEMO_LAST)) > 0),
                "the sets it loaded then are not loaded again, only those added since: " + loaded.stream()
                        .map(m -> m.version).toList());
        assertEquals(0, count(database, "SELECT COUNT(*) FROM neighbourhood"));
    }
}
