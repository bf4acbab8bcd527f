package org.carecommunities.assetmap.search;

import org.carecommunities.assetmap.services.ServiceStatus;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * This server's {@link ServiceIndex}, kept in step with the database: read whole at start-up, then, before each
 * search, brought up to date with the listings whose {@code modified_at} moved since the last look (every change to
 * what a search sees moves it: details, categories, venues, schedules, publishing, archiving, a review). A change
 * made through any server is so found by every server's next search, at the cost of one indexed look-up that
 * usually finds nothing.
 *
 * <p>A change is stamped before its transaction commits, so each look starts {@link #SETTLING} before the previous
 * one began: a change whose transaction took less than that is never missed. Reads run outside the caller's
 * transaction, so the index holds only what is committed.
 */
@ApplicationScoped
public class LiveServiceIndex {

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** The longest a change's transaction may take, from stamping {@code modified_at} to committing. */
    static final Duration SETTLING = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(LiveServiceIndex.class.getName());
    private static final int BATCH = 500;
    private static final String PUBLISHED = ServiceStatus.PUBLISHED.name();

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private final ServiceIndex index = new ServiceIndex();
    private final Object lookingUp = new Object();
    /** Null until the first whole read; guarded by {@link #lookingUp}. */
    private LocalDateTime lookFrom;

    /** Reads the index at start-up, after the word table is filled ({@link SearchIndexBackfill}). */
    void onStart(@Observes @Priority(3100) @Initialized(ApplicationScoped.class) Object started) {
        current();
    }

    /** The index, with every change committed before this call. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ServiceIndex current() {
        synchronized (lookingUp) {
            LocalDateTime began = LocalDateTime.now(clock);
            try (Connection db = dataSource.getConnection()) {
                if (lookFrom == null) {
                    long start = System.nanoTime();
                    index.termCodes(termCodes(db));
                    index.putAll(new ArrayList<>(read(db, null).values()));
                    LOG.info(() -> "Asset map search index: " + index.size() + " published listings read in "
                            + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
                } else {
                    catchUp(db, lookFrom);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The asset map's search index could not be read", e);
            }
            lookFrom = began.minus(SETTLING);
        }
        return index;
    }

    private void catchUp(Connection db, LocalDateTime since) throws SQLException {
        List<Long> changed = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(
                "SELECT id, status, modified_at FROM asset_service WHERE modified_at >= ?")) {
            statement.setTimestamp(1, Timestamp.valueOf(since));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    ServiceIndex.Entry known = index.get(id);
                    if (!PUBLISHED.equals(rows.getString(2))) {
                        if (known != null) {
                            gone.add(id);
                        }
                    } else if (known == null || !known.modifiedAt().equals(rows.getTimestamp(3).toLocalDateTime())) {
                        changed.add(id);
                    }
                }
            }
        }
        if (!changed.isEmpty()) {
            Map<Long, ServiceIndex.Entry> fresh = read(db, changed);
            index.putAll(new ArrayList<>(fresh.values()));
            changed.stream().filter(id -> !fresh.containsKey(id)).forEach(gone::add);
        }
        if (!gone.isEmpty()) {
            index.removeAll(gone);
        }
    }

    /** The published listings among these ids (all of them when null), with their words, terms, venues, times. */
    private static Map<Long, ServiceIndex.Entry> read(Connection db, List<Long> ids) throws SQLException {
        Map<Long, Gathered> found = new LinkedHashMap<>();
        each(db, "SELECT id, name, reviewed_on, neighbourhood_id, group_slug, free, minimum_age, maximum_age, "
                + "modified_at FROM asset_service WHERE status = '" + PUBLISHED + "'", "id", ids, r -> {
                    Gathered l = new Gathered();
                    l.id = r.getLong(1);
                    l.name = r.getString(2);
                    l.reviewedOn = r.getDate(3).toLocalDate();
                    l.neighbourhoodId = r.getLong(4);
                    l.groupSlug = r.getString(5);
                    l.free = r.getBoolean(6);
                    l.minimumAge = whole(r, 7);
                    l.maximumAge = whole(r, 8);
                    l.modifiedAt = r.getTimestamp(9).toLocalDateTime();
                    found.put(l.id, l);
                });
        // one copy of each word and term id, however many listings have it (most words are shared)
        Map<String, String> shared = new HashMap<>();
        each(db, "SELECT service_id, word FROM asset_service_word", "service_id", ids,
                r -> with(found, r.getLong(1), l -> l.words.add(shared.computeIfAbsent(r.getString(2), w -> w))));
        each(db, "SELECT service_id, term_id FROM asset_service_category", "service_id", ids,
                r -> with(found, r.getLong(1), l -> l.terms.add(shared.computeIfAbsent(r.getString(2).strip(),
                        t -> t))));
        each(db, "SELECT service_id, id, latitude, longitude, step_free FROM asset_location", "service_id", ids,
                r -> with(found, r.getLong(1), l -> l.venues.add(new ServiceIndex.Venue(r.getLong(2),
                        r.getDouble(3), r.getDouble(4), r.getBoolean(5)))));
        each(db, "SELECT service_id, byday, opens_at, closes_at FROM asset_schedule", "service_id", ids,
                r -> with(found, r.getLong(1), l -> l.meetings.add(new ServiceIndex.Meeting(
                        ServiceIndex.Meeting.days(r.getString(2)), time(r.getTime(3)), time(r.getTime(4))))));
        Map<Long, ServiceIndex.Entry> entries = new HashMap<>();
        found.values().forEach(l -> entries.put(l.id, new ServiceIndex.Entry(l.id, l.name, l.reviewedOn,
                l.neighbourhoodId, l.groupSlug, l.free, l.minimumAge, l.maximumAge, l.modifiedAt, l.words, l.terms,
                l.venues, l.meetings)));
        return entries;
    }

    private static Map<String, String> termCodes(Connection db) throws SQLException {
        Map<String, String> codes = new HashMap<>();
        each(db, "SELECT code, id FROM asset_taxonomy_term", null, null,
                r -> codes.put(r.getString(1), r.getString(2).strip()));
        return codes;
    }

    /** A listing as it is read, row by row of each table. */
    private static final class Gathered {
        long id;
        String name;
        java.time.LocalDate reviewedOn;
        long neighbourhoodId;
        String groupSlug;
        boolean free;
        Integer minimumAge;
        Integer maximumAge;
        LocalDateTime modifiedAt;
        final List<String> words = new ArrayList<>();
        final List<String> terms = new ArrayList<>();
        final List<ServiceIndex.Venue> venues = new ArrayList<>();
        final List<ServiceIndex.Meeting> meetings = new ArrayList<>();
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private interface Change {
        void apply(Gathered listing) throws SQLException;
    }

    private static void with(Map<Long, Gathered> found, long id, Change change) throws SQLException {
        Gathered listing = found.get(id);
        if (listing != null) {
            change.apply(listing);
        }
    }

    /** Runs the query for every row (when ids is null) or for those ids, a batch at a time. */
    private static void each(Connection db, String sql, String idColumn, List<Long> ids, Row row)
            throws SQLException {
        List<List<Long>> batches = new ArrayList<>();
        if (ids == null) {
            batches.add(null);
        } else {
            for (int i = 0; i < ids.size(); i += BATCH) {
                batches.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
            }
        }
        for (List<Long> batch : batches) {
            String restricted = batch == null ? sql : sql + (sql.contains(" WHERE ") ? " AND " : " WHERE ")
                    + idColumn + " IN (" + String.join(",", Collections.nCopies(batch.size(), "?")) + ")";
            try (PreparedStatement statement = db.prepareStatement(restricted)) {
                for (int i = 0; batch != null && i < batch.size(); i++) {
                    statement.setLong(i + 1, batch.get(i));
                }
                statement.setFetchSize(1000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        row.read(rows);
                    }
                }
            }
        }
    }

    private static Integer whole(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static LocalTime time(Time time) {
        return time == null ? null : time.toLocalTime();
    }
}
