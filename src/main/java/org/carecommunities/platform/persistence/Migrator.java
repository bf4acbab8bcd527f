package org.carecommunities.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.internal.scanner.Scanner;
import org.carecommunities.platform.DemoDataLoaded;
import jakarta.enterprise.event.Event;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date when the application starts, before any request is served, with the
 * versioned scripts in {@code db/migration/<module>/}: each module keeps its own, and new scripts carry a date
 * and time as their version ({@code V2026_11_29_2000__...}), so two modules written side by side never collide. Then, where the {@code demo.data} setting is on (the embedded
 * default; never PostgreSQL unless asked), loads the demo data in {@code db/demo/<module>/} once, in the modules'
 * order, so a deployment of the first modules only loads theirs: Flyway records it in its own history table, so a
 * restart loads nothing twice. The demo's dates move to the week the database is
 * created in ({@link DemoCalendar}), and the modules that seal something over them seal it again
 * ({@link DemoDataLoaded}).
 */
@ApplicationScoped
public class Migrator {

    private static final Logger LOG = Logger.getLogger(Migrator.class.getName());
    static final String SCHEMA = "db/migration";
    static final String SCHEMA_HISTORY = "flyway_schema_history";
    /** The scripts only PostgreSQL runs, and their history. */
    static final String POSTGRESQL = "db/postgresql";
    static final String POSTGRESQL_HISTORY = "flyway_postgresql_history";
    static final String DEMO = "db/demo";
    /** The table that records which demo sets were loaded, module by module. */
    public static final String DEMO_HISTORY = "demo_data_by_module";
    /** Where the demo, before it was kept by module, recorded what it loaded (sets up to {@link #LEGACY_DEMO_LAST}). */
    static final String LEGACY_DEMO_HISTORY = "demo_data_history";
    static final String LEGACY_DEMO_LAST = "19.9";

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "demo.data", defaultValue = "false")
    boolean demoData;

    @Inject
    Clock clock;

    @Inject
    Event<DemoDataLoaded> demoLoaded;

    /** Migrates, then loads the demo if asked; run at every start, and again by the test that it changes nothing. */
    public void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        MigrateResult schema = schema(dataSource);
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migrations run)");
        if (demoData) {
            DemoCalendar calendar;
            try {
                calendar = DemoCalendar.kept(dataSource, LocalDate.now(clock));
            } catch (SQLException e) {
                throw new IllegalStateException("The demo data's calendar could not be read or recorded", e);
            }
            MigrateResult demo = demo(dataSource, calendar).migrate();
            LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " sets loaded, its dates moved "
                    + calendar.weeks() + " weeks");
            if (demo.migrationsExecuted > 0) {
                demoLoaded.fire(new DemoDataLoaded(calendar.weeks()));
            }
        }
    }

    /**
     * Brings the schema up to date: every database's scripts, then, on PostgreSQL, the scripts only it can run
     * ({@code db/postgresql/<module>/}: its full-text search, say), in a history of their own, so the embedded
     * database never sees them. Returns what the first set did.
     */
    static MigrateResult schema(DataSource dataSource) {
        MigrateResult schema = flyway(dataSource, SCHEMA, SCHEMA_HISTORY).migrate();
        if (org.carecommunities.platform.Database.postgresql(dataSource)) {
            MigrateResult own = flyway(dataSource, POSTGRESQL, POSTGRESQL_HISTORY).migrate();
            LOG.info(() -> "PostgreSQL's own schema at version " + own.targetSchemaVersion + " ("
                    + own.migrationsExecuted + " migrations run)");
        }
        return schema;
    }

    /**
     * Flyway for the demo's scripts, each read with its dates moved by the demo's calendar. Their checksums are
     * not compared with those recorded: the demo is rewritten as the portal grows, and a database that loaded an
     * earlier text keeps what it loaded (its new sets still load).
     */
    static Flyway demo(DataSource dataSource, DemoCalendar calendar) {
        FluentConfiguration configuration = Flyway.configure(Migrator.class.getClassLoader())
                .configuration(flyway(dataSource, DEMO, DEMO_HISTORY).getConfiguration())
                .validateOnMigrate(false);
        if (loadedBeforeItWasKeptByModule(dataSource)) {
            // it holds the sets it loaded then, as one script each: only sets written since load
            configuration.baselineVersion(LEGACY_DEMO_LAST);
        }
        return configuration.resourceProvider(new MovedScripts(
                new Scanner<>(JavaMigration.class, configuration, configuration.getLocations()), calendar)).load();
    }

    /** Whether the database loaded the demo before its scripts were kept by module (V1 to V19, one file each). */
    static boolean loadedBeforeItWasKeptByModule(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            var metadata = connection.getMetaData();
            for (String name : new String[] {LEGACY_DEMO_HISTORY, LEGACY_DEMO_HISTORY.toUpperCase(java.util.Locale.ROOT)}) {
                try (var tables = metadata.getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("The demo data's history could not be read", e);
        }
    }

    /** Flyway for one set of scripts, each set with its own history table. */
    static Flyway flyway(DataSource dataSource, String location, String historyTable) {
        return Flyway.configure(Migrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(historyTable)
                .baselineOnMigrate(true)
                // each module dates its new scripts: one written alongside another module's but merged later still runs
                .outOfOrder(true)
                .baselineVersion("0")
                // a script applied by a newer build, or by one with more modules, is not an error: servers of the
                // older build keep running through a rolling update, and each module's tests deploy the modules
                // up to theirs against the one test database
                .ignoreMigrationPatterns("*:missing", "*:future")
                .load();
    }
}
