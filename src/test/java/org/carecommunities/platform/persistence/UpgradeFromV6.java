package org.carecommunities.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database built by the scripts as they were at V6, before each module's migrations moved to a folder of its
 * own, with the demo data in it, is upgraded by today's scripts without loss: Flyway accepts the moved scripts as
 * the ones already applied and runs only what is new. The first six scripts moved unchanged, so the V6 database
 * is built by them and its history rows are then given the names the scripts had before they moved.
 */
final class UpgradeFromV6 {

    private UpgradeFromV6() {
    }

    static void upgradesWithoutLoss(DataSource database) throws SQLException {
        MigrateResult legacy = Flyway.configure(Migrator.class.getClassLoader())
                .configuration(Migrator.flyway(database, Migrator.SCHEMA, Migrator.SCHEMA_HISTORY).getConfiguration())
                .target("6").load().migrate();
        assertEquals("6", legacy.targetSchemaVersion);
        asBeforeTheMove(database);
        // the demo data as it was at V6, sets 1 to 5 (its later sets need later schemas, and load after them, as at
        // start-up)
        Flyway.configure(Migrator.class.getClassLoader())
                .configuration(Migrator.flyway(database, Migrator.DEMO, Migrator.DEMO_HISTORY).getConfiguration())
                .target("5.4").load().migrate();
        long posts = count(database, "SELECT COUNT(*) FROM forum_post");
        long organisations = count(database, "SELECT COUNT(*) FROM organisation");
        assertTrue(posts > 0 && organisations > 0, "the demo data is there before the upgrade");

        MigrateResult upgrade = Migrator.flyway(database, Migrator.SCHEMA, Migrator.SCHEMA_HISTORY).migrate();
        assertTrue(upgrade.success);
        assertTrue(upgrade.migrationsExecuted > 0, "what is new since V6 runs");
        assertTrue(upgrade.migrations.stream().noneMatch(m -> m.version.matches("[1-6]")),
                "nothing applied at V6 runs again");
        MigrationInfo[] applied = Migrator.flyway(database, Migrator.SCHEMA, Migrator.SCHEMA_HISTORY).info().applied();
        assertTrue(Arrays.stream(applied).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed()));
        assertEquals(0, Migrator.flyway(database, Migrator.SCHEMA, Migrator.SCHEMA_HISTORY).migrate()
                .migrationsExecuted, "and nothing the second time");

        assertEquals(posts, count(database, "SELECT COUNT(*) FROM forum_post"));
        assertEquals(organisations, count(database, "SELECT COUNT(*) FROM organisation"));
        assertEquals(0, count(database, "SELECT COUNT(*) FROM member_news"), "the new table is there, empty");
        assertTrue(Migrator.flyway(database, Migrator.DEMO, Migrator.DEMO_HISTORY).migrate().success,
                "the demo data's later sets load on the upgraded schema");
        assertEquals(0, count(database, "SELECT COUNT(*) FROM member WHERE days_visited = 0"),
                "the demo members have visited");
        assertEquals(count(database, "SELECT COUNT(*) FROM post_report"),
                count(database, "SELECT COUNT(*) FROM post_report WHERE weight = 100 AND reporter_level = 'REGULAR'"),
                "reports made before weighting count as a regular's, as they did");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE forum_post SET hidden_reason = '" + "r".repeat(600)
                    + "' WHERE id = (SELECT MIN(id) FROM forum_post)");
        }
    }

    /** The history as a database built before the move has it: scripts named without their module's folder. */
    private static void asBeforeTheMove(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement rename = connection.prepareStatement(
                     "UPDATE \"" + Migrator.SCHEMA_HISTORY + "\" SET \"script\" = ? WHERE \"installed_rank\" = ?");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"installed_rank\", \"script\" FROM \"" + Migrator.SCHEMA_HISTORY + "\""
                     + " WHERE \"script\" LIKE '%.sql'")) {
            while (rows.next()) {
                String script = rows.getString(2);
                rename.setString(1, script.substring(script.lastIndexOf('/') + 1));
                rename.setInt(2, rows.getInt(1));
                rename.executeUpdate();
            }
        }
    }

    static long count(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
