package org.carecommunities.platform.persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever day the demo loads, it reads as it did the day it was written: Kingsmead's next meeting days ahead on
 * a Thursday evening and its last a month back with minutes, commitments a month overdue and the rest on time,
 * a review due within the month, recent posts and none from the future. Loaded into embedded Derby as start-up
 * loads it, for days from the week it was written to eighteen months on.
 */
class DemoDataTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @ParameterizedTest
    @ValueSource(ints = {0, 6, 7, 100, 548})
    void theDemoReadsAsCurrentWhicheverDayItLoads(int daysAfterWriting) throws SQLException {
        LocalDate today = DemoCalendar.WRITTEN_FOR.plusDays(daysAfterWriting);
        LocalDateTime now = today.atTime(23, 59);
        DataSource database = derby("demo-" + daysAfterWriting);
        Migrator.flyway(database, Migrator.SCHEMA, Migrator.SCHEMA_HISTORY).migrate();
        Migrator.demo(database, DemoCalendar.loadedOn(today)).migrate();

        List<LocalDateTime> kingsmead = times(database, "SELECT m.starts_at FROM partnership_meeting m JOIN "
                + "partnership_board b ON b.id = m.board_id JOIN neighbourhood n ON n.id = b.neighbourhood_id "
                + "WHERE n.slug = 'kingsmead' ORDER BY m.starts_at");
        LocalDateTime next = kingsmead.stream().filter(t -> t.isAfter(now)).findFirst().orElseThrow();
        long daysAhead = ChronoUnit.DAYS.between(today, next.toLocalDate());
        assertTrue(daysAhead >= 1 && daysAhead <= 7, "Kingsmead's next meeting is days ahead: " + next);
        var ukNext = next.atOffset(ZoneOffset.UTC).atZoneSameInstant(UK);
        assertEquals(DayOfWeek.THURSDAY, ukNext.getDayOfWeek());
        assertEquals(18, ukNext.getHour(), "a Thursday evening, in UK time");

        List<LocalDateTime> minuted = times(database, "SELECT m.starts_at FROM partnership_meeting m JOIN "
                + "partnership_board b ON b.id = m.board_id JOIN neighbourhood n ON n.id = b.neighbourhood_id "
                + "WHERE n.slug = 'kingsmead' AND m.minutes_published_at IS NOT NULL");
        assertEquals(1, minuted.size());
        long daysBack = ChronoUnit.DAYS.between(minuted.get(0).toLocalDate(), today);
        assertTrue(daysBack >= 28 && daysBack <= 34, "its last, with minutes, a month back: " + minuted);

        List<LocalDate> overdue = days(database, "SELECT due_on FROM partnership_commitment WHERE status <> 'DONE'"
                + " AND due_on < ?", today);
        assertEquals(2, overdue.size(), "Kingsmead's frailty meetings and Northgate's hazard checks overdue: "
                + overdue);
        for (LocalDate due : overdue) {
            long late = ChronoUnit.DAYS.between(due, today);
            assertTrue(late >= 25 && late <= 36, "by about a month: " + late);
        }

        List<LocalDate> reviews = days(database, "SELECT review_on FROM partnership_agreement WHERE review_on >= ?"
                + " ORDER BY review_on", today);
        assertTrue(ChronoUnit.DAYS.between(today, reviews.get(0)) <= 31, "a review due within the month");

        List<LocalDateTime> posts = times(database, "SELECT created_at FROM forum_post ORDER BY created_at DESC");
        assertTrue(!posts.get(0).isAfter(today.atStartOfDay()), "no post from the future: " + posts.get(0));
        assertTrue(ChronoUnit.DAYS.between(posts.get(0).toLocalDate(), today) <= 17, "the newest is recent: " + posts.get(0));
        assertTrue(times(database, "SELECT last_visited_on FROM member WHERE last_visited_on IS NOT NULL").stream()
                .noneMatch(visited -> visited.toLocalDate().isAfter(today)), "nobody visited in the future");
    }

    private static DataSource derby(String name) {
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName("memory:" + name);
        database.setCreateDatabase("create");
        return database;
    }

    private static List<LocalDateTime> times(DataSource database, String sql) throws SQLException {
        List<LocalDateTime> times = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                times.add(rows.getTimestamp(1).toLocalDateTime());
            }
        }
        return times;
    }

    private static List<LocalDate> days(DataSource database, String sql, LocalDate day) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, java.sql.Date.valueOf(day));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    days.add(rows.getDate(1).toLocalDate());
                }
            }
        }
        return days;
    }
}
