package org.carecommunities.assetmap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.carecommunities.assetmap.domain.Listing;
import org.carecommunities.assetmap.geo.Point;
import org.carecommunities.platform.Like;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One search of published services, for the map's finder and the Open Referral feed alike, in SQL that indexes
 * answer: words through the word table ({@code asset_service_word}, by prefix), categories through their join
 * table, a distance through the venues' coordinates (a box around the point first, so only nearby venues are
 * measured). Listings not reviewed for a long time rank below the rest; then nearest (when a point is given) or
 * by name. The same SQL runs on Derby and PostgreSQL.
 */
final class ListingSearch {

    private final StringBuilder where = new StringBuilder(" WHERE s.status = ?");
    private final List<Object> parameters = new ArrayList<>(List.of(ServiceStatus.PUBLISHED.name()));
    private Point near;
    private Double withinMetres;

    /**
     * Services with a word starting with each of these. A range of the word index ({@code word >= 'walk' AND word <
     * 'wall'}) finds the candidates whatever the database's collation (PostgreSQL uses no index for LIKE unless its
     * collation is C); LIKE then keeps exactly the words that start so.
     */
    ListingSearch words(List<String> words) {
        for (String word : words) {
            where.append(" AND s.id IN (SELECT w.service_id FROM asset_service_word w WHERE w.word >= ?");
            parameters.add(word);
            char last = word.charAt(word.length() - 1);
            if (last >= 'a' && last < 'z' || last >= '0' && last < '9') {
                where.append(" AND w.word < ?");
                parameters.add(word.substring(0, word.length() - 1) + (char) (last + 1));
            }
            where.append(" AND w.word LIKE ? ESCAPE '\\')");
            parameters.add(Like.startingWith(word));
        }
        return this;
    }

    /** Services in the category with this code (looked up in the same statement, not joined row by row). */
    ListingSearch categoryCode(String code) {
        where.append(" AND s.id IN (SELECT c.service_id FROM asset_service_category c WHERE c.term_id = "
                + "(SELECT t.id FROM asset_taxonomy_term t WHERE t.code = ?))");
        parameters.add(code);
        return this;
    }

    ListingSearch termId(String termId) {
        where.append(" AND s.id IN (SELECT c.service_id FROM asset_service_category c WHERE c.term_id = ?)");
        parameters.add(termId);
        return this;
    }

    ListingSearch neighbourhood(long id) {
        where.append(" AND s.neighbourhood_id = ?");
        parameters.add(id);
        return this;
    }

    ListingSearch organisation(String uuid) {
        where.append(" AND s.group_slug IN (SELECT g.organisation_slug FROM asset_group g WHERE g.uuid = ?)");
        parameters.add(uuid);
        return this;
    }

    ListingSearch freeOnly() {
        where.append(" AND s.free = TRUE");
        return this;
    }

    ListingSearch stepFree() {
        where.append(" AND s.id IN (SELECT l.service_id FROM asset_location l WHERE l.step_free = TRUE)");
        return this;
    }

    /** Services that take people of this age. */
    ListingSearch takes(int age) {
        return agesFrom(age).agesUpTo(age);
    }

    /** Services that take someone of this age or older. */
    ListingSearch agesFrom(int age) {
        where.append(" AND (s.maximum_age IS NULL OR s.maximum_age >= ?)");
        parameters.add(age);
        return this;
    }

    /** Services that take someone of this age or younger. */
    ListingSearch agesUpTo(int age) {
        where.append(" AND (s.minimum_age IS NULL OR s.minimum_age <= ?)");
        parameters.add(age);
        return this;
    }

    ListingSearch modifiedAfter(LocalDateTime after) {
        where.append(" AND s.modified_at > ?");
        parameters.add(Timestamp.valueOf(after));
        return this;
    }

    /** Services with a schedule on this day (any day when null) open at some time from start to end (either open). */
    ListingSearch meets(DayOfWeek day, LocalTime start, LocalTime end) {
        where.append(" AND s.id IN (SELECT sc.service_id FROM asset_schedule sc WHERE 1 = 1");
        if (day != null) {
            where.append(" AND sc.byday LIKE ?");
            parameters.add("%" + day.name().substring(0, 2) + "%");
        }
        if (start != null) {
            where.append(" AND sc.closes_at > ?");
            parameters.add(Time.valueOf(start));
        }
        if (end != null) {
            where.append(" AND sc.opens_at < ?");
            parameters.add(Time.valueOf(end));
        }
        where.append(")");
        return this;
    }

    /** Nearest first from this point; with a distance, only services with a venue that close. */
    ListingSearch near(Point point, Double metres) {
        this.near = point;
        this.withinMetres = metres;
        if (metres != null) {
            where.append(" AND s.id IN (SELECT l.service_id FROM asset_location l WHERE ").append(box("l"))
                    .append(" AND ").append(distance("l")).append(" <= ?)");
            box(parameters);
            distance(parameters);
            double degrees = Point.latitudeDegrees(metres);
            parameters.add(degrees * degrees);
        }
        return this;
    }

    long count(EntityManager em) {
        return number(bind(em.createNativeQuery("SELECT COUNT(*) FROM asset_service s" + where), parameters));
    }

    /** The ids of a page of services, in order; those last reviewed before {@code staleBefore} (if any) last. */
    List<Long> services(EntityManager em, LocalDate staleBefore, int first, int max) {
        List<Object> all = new ArrayList<>();
        String stale = "0";
        if (staleBefore != null) {
            stale = "CASE WHEN s.reviewed_on < ? THEN 1 ELSE 0 END";
            all.add(Date.valueOf(staleBefore));
        }
        String sql;
        if (near == null) {
            sql = "SELECT s.id, " + stale + " AS stale, s.name FROM asset_service s"
                    + where + " ORDER BY stale, s.name, s.id";
            all.addAll(parameters);
        } else {
            // the nearest venue of each service; services met only online come after every venue
            sql = "SELECT s.id, " + stale + " AS stale, MIN(" + distance("l")
                    + ") AS distance, s.name FROM asset_service s LEFT JOIN asset_location l ON l.service_id = s.id"
                    + (withinMetres == null ? "" : " AND " + box("l")) + where
                    + " GROUP BY s.id, s.reviewed_on, s.name ORDER BY stale, distance NULLS LAST, s.name, s.id";
            distance(all);
            if (withinMetres != null) {
                box(all);
            }
            all.addAll(parameters);
        }
        return ids(em, sql + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", all, first, max);
    }

    long countLocations(EntityManager em) {
        return number(bind(em.createNativeQuery("SELECT COUNT(*) FROM asset_location l JOIN asset_service s "
                + "ON s.id = l.service_id" + where), parameters));
    }

    /** The ids of a page of services' venues, by service name (or nearest first), then venue. */
    List<Long> locations(EntityManager em, int first, int max) {
        List<Object> all = new ArrayList<>();
        String order;
        if (near == null) {
            order = " ORDER BY s.name, s.id, l.id";
        } else {
            order = " ORDER BY " + distance("l") + ", s.name, l.id";
        }
        all.addAll(parameters);
        if (near != null) {
            distance(all);
        }
        return ids(em, "SELECT l.id FROM asset_location l JOIN asset_service s ON s.id = l.service_id" + where
                + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", all, first, max);
    }

    /** Entities for ids, in the ids' order. */
    static <T> List<T> inOrder(List<Long> ids, List<T> found, Function<T, Long> id) {
        Map<Long, T> byId = new HashMap<>();
        found.forEach(x -> byId.put(id.apply(x), x));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Services by id, with their venues and schedules read in one go each, in the ids' order. */
    static List<Listing> listings(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Listing> found = em.createQuery("SELECT s FROM Listing s WHERE s.id IN :ids", Listing.class)
                .setParameter("ids", ids).setHint("eclipselink.batch", "s.locations")
                .setHint("eclipselink.batch", "s.schedules").setHint("eclipselink.batch.type", "IN")
                .getResultList();
        return inOrder(ids, found, Listing::id);
    }

    private static List<Long> ids(EntityManager em, String sql, List<Object> all, int first, int max) {
        List<Object> withPage = new ArrayList<>(all);
        withPage.add(first);
        withPage.add(max);
        List<?> rows = bind(em.createNativeQuery(sql), withPage).getResultList();
        return rows.stream().map(r -> r instanceof Object[] row ? row[0] : r).map(x -> ((Number) x).longValue())
                .toList();
    }

    /** A squared distance in degrees of latitude from the point: orders as metres do (see {@link Point}). */
    private static String distance(String l) {
        return "((" + l + ".latitude - ?) * (" + l + ".latitude - ?) + (" + l + ".longitude - ?) * (" + l
                + ".longitude - ?) * ?)";
    }

    private void distance(List<Object> into) {
        into.add(near.latitude());
        into.add(near.latitude());
        into.add(near.longitude());
        into.add(near.longitude());
        into.add(near.longitudeWeight());
    }

    private static String box(String l) {
        return l + ".latitude BETWEEN ? AND ? AND " + l + ".longitude BETWEEN ? AND ?";
    }

    private void box(List<Object> into) {
        double lat = Point.latitudeDegrees(withinMetres);
        double lon = near.longitudeDegrees(withinMetres);
        into.add(near.latitude() - lat);
        into.add(near.latitude() + lat);
        into.add(near.longitude() - lon);
        into.add(near.longitude() + lon);
    }

    private static Query bind(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private static long number(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }
}
