package org.carecommunities.benchmark;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the scale-data generators share: the schema brought up to date, ids given in bulk, statistics after. */
final class ScaleData {

    private ScaleData() {
    }

    /** The schema and the demo data (its neighbourhoods, groups and people), as the portal's start-up would. */
    /**
     * What a generator is run with: a JDBC URL, then how much (a scale or a count, as the generator reads it, else
     * its default), a user and a password. Prints the usage and stops when the URL is missing.
     */
    record Target(String url, String amount, String user, String password) {

        static Target of(String usage, String defaultAmount, String[] args) {
            if (args.length < 1) {
                System.err.println(usage);
                System.exit(2);
            }
            return new Target(args[0], args.length > 1 ? args[1] : defaultAmount, args.length > 2 ? args[2] : null,
                    args.length > 3 ? args[3] : null);
        }

        /** Brings the schema and the demo up to date. */
        void migrate() {
            ScaleData.migrate(url, user, password);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    static void migrate(String url, String user, String password) {
        for (String[] set : new String[][] {{"db/migration", "flyway_schema_history"},
                {"db/demo", "demo_data_by_module"}}) {
            Flyway.configure(ScaleData.class.getClassLoader()).dataSource(url, user, password)
                    .locations("classpath:" + set[0]).table(set[1]).baselineOnMigrate(true).outOfOrder(true)
                    .baselineVersion("0").load().migrate();
        }
    }

    /** The first id after the table's highest. */
    static long nextId(Connection db, String table) throws SQLException {
        return number(db, "SELECT COALESCE(MAX(id), 0) FROM " + table) + 1;
    }

    /** Ids were given here, so the table's own counter starts after them. */
    static void restartIdentity(Connection db, String table, long next) throws SQLException {
        try (Statement s = db.createStatement()) {
            if (derby(db)) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            } else {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + (next - 1) + ")");
            }
        }
    }

    /** Fresh statistics, so the planner knows the tables' new sizes. */
    static void analyze(Connection db, List<String> tables) throws SQLException {
        try (Statement s = db.createStatement()) {
            if (derby(db)) {
                for (String table : tables) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, '"
                            + table.toUpperCase(java.util.Locale.ROOT) + "', NULL)");
                }
            } else {
                s.execute("ANALYZE");
            }
        }
        db.commit();
    }

    static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    static List<Long> numbers(Connection db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }

    static long number(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean derby(Connection db) throws SQLException {
        return db.getMetaData().getDatabaseProductName().contains("Derby");
    }
}
