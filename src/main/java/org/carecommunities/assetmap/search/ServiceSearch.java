package org.carecommunities.assetmap.search;

import org.carecommunities.assetmap.services.ServiceStatus;
import jakarta.persistence.EntityManager;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.domain.Services;
import org.carecommunities.assetmap.geo.Point;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One search of published services, for the map's finder and the Open Referral feed alike: what it asks for, which
 * {@link ServiceIndex} answers (words and categories through its word and category sets, the rest tested entry by
 * entry, distance from the venues' coordinates). Then the page's listings are read from the database by id.
 */
public final class ServiceSearch {

    private final List<String> words = new ArrayList<>();
    private final List<String> terms = new ArrayList<>();
    private final List<String> categoryCodes = new ArrayList<>();
    private final List<Predicate<ServiceIndex.Entry>> tests = new ArrayList<>();
    private Point near;
    private double longitudeWeight;
    private double withinSquared = Double.NaN;

    /** Services with a word starting with each of these (lower case, as {@code SearchWords.query} gives them). */
    public ServiceSearch words(List<String> words) {
        this.words.addAll(words);
        return this;
    }

    /** Services in the category with this code. */
    public ServiceSearch categoryCode(String code) {
        categoryCodes.add(code);
        return this;
    }

    /** Services with the taxonomy term of this id. */
    public ServiceSearch termId(String termId) {
        terms.add(termId);
        return this;
    }

    public ServiceSearch neighbourhood(long id) {
        tests.add(e -> e.neighbourhoodId() == id);
        return this;
    }

    /** Services of the group with this slug (none when null: an organisation the portal does not know). */
    public ServiceSearch group(String slug) {
        tests.add(e -> e.groupSlug().equals(slug));
        return this;
    }

    public ServiceSearch freeOnly() {
        tests.add(ServiceIndex.Entry::free);
        return this;
    }

    public ServiceSearch stepFree() {
        tests.add(e -> e.venues().stream().anyMatch(ServiceIndex.Venue::stepFree));
        return this;
    }

    /** Services that take people of this age. */
    public ServiceSearch takes(int age) {
        return agesFrom(age).agesUpTo(age);
    }

    /** Services that take someone of this age or older. */
    public ServiceSearch agesFrom(int age) {
        tests.add(e -> e.maximumAge() == null || e.maximumAge() >= age);
        return this;
    }

    /** Services that take someone of this age or younger. */
    public ServiceSearch agesUpTo(int age) {
        tests.add(e -> e.minimumAge() == null || e.minimumAge() <= age);
        return this;
    }

    public ServiceSearch modifiedAfter(LocalDateTime after) {
        tests.add(e -> e.modifiedAt().isAfter(after));
        return this;
    }

    /** Services with a schedule on this day (any day when null) open at some time from start to end (either open). */
    public ServiceSearch meets(DayOfWeek day, LocalTime start, LocalTime end) {
        tests.add(e -> e.meetings().stream().anyMatch(m -> m.meets(day, start, end)));
        return this;
    }

    /** Nearest first from this point; with a distance, only services with a venue that close. */
    public ServiceSearch near(Point point, Double metres) {
        this.near = point;
        this.longitudeWeight = point.longitudeWeight();
        if (metres != null) {
            double degrees = Point.latitudeDegrees(metres);
            withinSquared = degrees * degrees;
        }
        return this;
    }

    /** Whether it orders by distance from a point. */
    boolean hasPoint() {
        return near != null;
    }

    public List<String> words() {
        return words;
    }

    List<String> terms() {
        return terms;
    }

    List<String> categoryCodes() {
        return categoryCodes;
    }

    /** Whether the entry passes every filter but words, categories and distance. */
    boolean accepts(ServiceIndex.Entry entry) {
        for (Predicate<ServiceIndex.Entry> test : tests) {
            if (!test.test(entry)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How far the nearest of these places is (latitude and longitude one after the other, from {@code from} up to
     * {@code to}), in squared degrees of latitude, which order as metres do (see {@link Point#longitudeWeight()}): 0 for all when the search has no point; infinite when
     * there is no place; NaN when the search keeps only places within a distance and none is.
     */
    double distance(double[] places, int from, int to) {
        if (near == null) {
            return 0;
        }
        double nearest = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i += 2) {
            double dLat = places[i] - near.latitude();
            double dLon = places[i + 1] - near.longitude();
            nearest = Math.min(nearest, dLat * dLat + dLon * dLon * longitudeWeight);
        }
        return Double.isNaN(withinSquared) || nearest <= withinSquared ? nearest : Double.NaN;
    }

    /** Entities for ids, in the ids' order. */
    public static <T> List<T> inOrder(List<Long> ids, List<T> found, Function<T, Long> id) {
        Map<Long, T> byId = new HashMap<>();
        found.forEach(x -> byId.put(id.apply(x), x));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Services by id, in the ids' order, with their venues, schedules (and those's exceptions) and categories read
     * in one go each.
     */
    public static List<Service> listings(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // one archived since the index was last brought up to date is left out
        List<Service> found = Services.forRows(em.createQuery(
                        "SELECT s FROM Service s WHERE s.id IN :ids AND s.status = :published", Service.class))
                .setParameter("ids", ids).setParameter("published", ServiceStatus.PUBLISHED).getResultList();
        return inOrder(ids, found, Service::id);
    }
}
