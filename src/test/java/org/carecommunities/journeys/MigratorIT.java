package org.carecommunities.journeys;

import org.carecommunities.platform.persistence.DemoCalendar;
import org.carecommunities.platform.persistence.Migrator;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.DemoDates;
import org.carecommunities.testing.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Migrations and demo data on the embedded default database, as the run command starts it. */
@ExtendWith(ArquillianExtension.class)
class MigratorIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(MigratorIT.class);
    }

    @Inject
    Migrator migrator;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Test
    void schemaIsMigratedAndRecorded() {
        assertEquals(0L, count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = false"));
        assertEquals(1L, count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1'"));
    }

    @Test
    void demoDataIsLoadedOnceEvenWhenStartedAgain() {
        long neighbourhoods = count("SELECT COUNT(*) FROM neighbourhood");
        long organisations = count("SELECT COUNT(*) FROM organisation");
        migrator.onStart(new Object());
        assertEquals(neighbourhoods, count("SELECT COUNT(*) FROM neighbourhood"));
        assertEquals(organisations, count("SELECT COUNT(*) FROM organisation"));
        assertEquals(1L, count("SELECT COUNT(*) FROM \"" + Migrator.DEMO_HISTORY + "\" WHERE \"version\" = '1.2'"));
    }

    @Test
    void theDemoIsMovedToTheWeekTheDatabaseWasMadeInAndRecordedOnce() {
        LocalDate made = LocalDate.parse(Sql.value(database, "SELECT loaded_on FROM demo_calendar WHERE id = 1"));
        LocalDate today = DemoDates.today();
        assertTrue(!made.isAfter(today) && !made.isBefore(today.minusDays(1)), "made by this run: " + made);
        long weeks = count("SELECT weeks_moved FROM demo_calendar WHERE id = 1");
        assertEquals(DemoCalendar.loadedOn(made).weeks(), weeks, "moved to the week it was made in");
        assertEquals(weeks, DemoDates.in(database).weeks(), "as the tests expect it");
        migrator.onStart(new Object());
        assertEquals(1L, count("SELECT COUNT(*) FROM demo_calendar"));
        assertEquals(weeks, count("SELECT weeks_moved FROM demo_calendar WHERE id = 1"), "and kept when started again");
    }

    private long count(String sql) {
        return Sql.number(database, sql);
    }
}
