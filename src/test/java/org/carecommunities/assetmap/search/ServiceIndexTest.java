package org.carecommunities.assetmap.search;

import org.carecommunities.assetmap.geo.Point;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ServiceIndexTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDateTime NOW = TODAY.atTime(9, 0);
    private static final Point TOWN = new Point(51.5000, -0.1000);

    private final ServiceIndex index = new ServiceIndex();

    private static ServiceIndex.Entry entry(long id, String name, List<String> words, List<String> terms,
                                            List<ServiceIndex.Venue> venues) {
        return new ServiceIndex.Entry(id, name, TODAY, 1, "group-" + (id % 2), id % 3 == 0, null, null, NOW, words,
                terms, venues, List.of());
    }

    /** A venue this many kilometres north of the town. */
    private static ServiceIndex.Venue north(long id, double km, boolean stepFree) {
        return new ServiceIndex.Venue(id, TOWN.latitude() + km / 111.2, TOWN.longitude(), stepFree);
    }

    @BeforeEach
    void fill() {
        index.termCodes(Map.of("physical-activity", "t-move", "food", "t-food"));
        index.putAll(List.of(
                entry(1, "Walking football", List.of("walking", "football"), List.of("t-move"),
                        List.of(north(11, 3, true))),
                entry(2, "Health walks", List.of("health", "walks", "gentle"), List.of("t-move"),
                        List.of(north(21, 1, false), north(22, 5, true))),
                entry(3, "Community pantry", List.of("community", "pantry", "food"), List.of("t-food"),
                        List.of(north(31, 0.5, false))),
                entry(4, "Walk and talk online", List.of("walk", "talk", "online"), List.of("t-move"), List.of())));
    }

    private List<Long> ids(ServiceSearch search) {
        return index.services(search, null, 0, 10).ids();
    }

    @Test
    void wordsAreFoundByTheirStartAndEveryWordMustBeThere() {
        assertEquals(List.of(2L, 4L, 1L), ids(new ServiceSearch().words(List.of("walk"))),
                "walk, walking and walks; by name");
        assertEquals(List.of(2L), ids(new ServiceSearch().words(List.of("gent"))));
        assertEquals(List.of(), ids(new ServiceSearch().words(List.of("entle"))), "not the middle of a word");
        assertEquals(List.of(4L), ids(new ServiceSearch().words(List.of("walk", "talk"))));
    }

    @Test
    void categoriesByIdOrCodeAndAnUnknownCodeFindsNothing() {
        assertEquals(List.of(3L), ids(new ServiceSearch().termId("t-food")));
        assertEquals(List.of(2L, 4L, 1L), ids(new ServiceSearch().categoryCode("physical-activity")));
        assertEquals(List.of(), ids(new ServiceSearch().categoryCode("no-such-code")));
        assertEquals(List.of(1L), ids(new ServiceSearch().categoryCode("physical-activity").words(List.of("foot"))));
    }

    @Test
    void nearestFirstByTheNearestVenueAndServicesWithoutOneLast() {
        ServiceSearch near = new ServiceSearch().near(TOWN, null);
        assertEquals(List.of(3L, 2L, 1L, 4L), ids(near), "0.5 km, 1 km (its nearer venue), 3 km, online");
        assertEquals(List.of(3L, 2L), ids(new ServiceSearch().near(TOWN, 2000.0)), "only venues within 2 km");
        assertEquals(List.of(2L, 1L), ids(new ServiceSearch().near(TOWN, 10_000.0).stepFree()),
                "step-free somewhere, nearest first by any venue");
    }

    @Test
    void listingsNotReviewedForLongRankLastButStayFindable() {
        index.putAll(List.of(new ServiceIndex.Entry(5, "Allotment society", TODAY.minusYears(2), 1, "group-1", true,
                null, null, NOW, List.of("allotment"), List.of(), List.of(north(51, 0.1, false)), List.of())));
        assertEquals(5L, ids(new ServiceSearch()).get(0), "by name, A first");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), index.services(new ServiceSearch().near(TOWN, null),
                TODAY.minusYears(1), 0, 10).ids().stream().sorted().toList());
        assertEquals(5L, index.services(new ServiceSearch().near(TOWN, null), TODAY.minusYears(1), 0, 10).ids()
                .get(4), "nearest of all, but stale: last");
    }

    @Test
    void pagesKeepTheirOrderAndTheTotalCountsEveryMatch() {
        ServiceSearch all = new ServiceSearch().near(TOWN, null);
        ServiceIndex.Found second = index.services(all, null, 2, 2);
        assertEquals(4, second.total());
        assertEquals(List.of(1L, 4L), second.ids());
        assertEquals(List.of(), index.services(all, null, 8, 2).ids(), "past the end");
        assertEquals(4, index.services(all, null, 8, 2).total());
    }

    @Test
    void withoutAPointEveryPageFollowsTheNamesHoweverDeepAndStaleOnesComeLast() {
        java.util.Random random = new java.util.Random(24);
        List<ServiceIndex.Entry> many = new java.util.ArrayList<>();
        for (long id = 100; id < 400; id++) {
            String name = "Group " + (char) ('A' + random.nextInt(26)) + random.nextInt(40);
            many.add(new ServiceIndex.Entry(id, name, random.nextInt(5) == 0 ? TODAY.minusYears(2) : TODAY, 1,
                    "group-" + (id % 2), id % 3 == 0, null, null, NOW, List.of("many"), List.of(), List.of(),
                    List.of()));
        }
        index.putAll(many);
        LocalDate staleBefore = TODAY.minusYears(1);
        List<Long> expected = many.stream().sorted(java.util.Comparator
                .comparing((ServiceIndex.Entry e) -> e.reviewedOn().isBefore(staleBefore))
                .thenComparing(ServiceIndex.Entry::name).thenComparingLong(ServiceIndex.Entry::id))
                .map(ServiceIndex.Entry::id).toList();
        ServiceSearch all = new ServiceSearch().words(List.of("many"));
        for (int first = 0; first < 310; first += 7) {
            ServiceIndex.Found page = index.services(all, staleBefore, first, 10);
            assertEquals(300, page.total());
            assertEquals(expected.subList(Math.min(first, 300), Math.min(first + 10, 300)), page.ids(),
                    "page from " + first);
        }
        index.putAll(List.of(new ServiceIndex.Entry(399, "AAA first now", TODAY, 1, "group-1", false, null, null,
                NOW, List.of("many"), List.of(), List.of(), List.of())));
        assertEquals(399L, index.services(all, staleBefore, 0, 1).ids().get(0), "a renamed entry moves");
        index.removeAll(List.of(399L));
        assertEquals(299, index.services(all, staleBefore, 0, 1).total());
        assertEquals(expected.stream().filter(id -> id != 399L).limit(10).toList(),
                index.services(all, staleBefore, 0, 10).ids(), "the others keep their order, the gone one passed over");
        index.putAll(List.of(new ServiceIndex.Entry(399, "ZZZ last now", TODAY, 1, "group-1", false, null, null,
                NOW, List.of("many"), List.of(), List.of(), List.of())));
        long stale = many.stream().filter(e -> e.id() != 399 && e.reviewedOn().isBefore(staleBefore)).count();
        assertEquals(300 - stale - 1, index.services(all, staleBefore, 0, 300).ids().indexOf(399L),
                "back under its new name: the last of those reviewed lately");
    }

    @Test
    void aChangedListingIsFoundByItsNewWordsOnlyAndARemovedOneNotAtAll() {
        index.putAll(List.of(entry(1, "Walking netball", List.of("walking", "netball"), List.of("t-move"),
                List.of(north(11, 3, true)))));
        assertEquals(List.of(), ids(new ServiceSearch().words(List.of("football"))));
        assertEquals(List.of(1L), ids(new ServiceSearch().words(List.of("netball"))));
        index.removeAll(List.of(3L, 99L));
        assertEquals(List.of(), ids(new ServiceSearch().words(List.of("pantry"))));
        assertNull(index.get(3));
        assertEquals(3, index.size());
        index.putAll(List.of(entry(3, "Community pantry", List.of("pantry"), List.of("t-food"), List.of())));
        assertEquals(List.of(3L), ids(new ServiceSearch().words(List.of("pantry"))), "back again");
    }

    @Test
    void otherFiltersTestEachEntry() {
        index.putAll(List.of(new ServiceIndex.Entry(6, "Toddler music", TODAY, 2, "group-0", true, 0, 4,
                NOW.plusDays(1), List.of("music"), List.of(), List.of(),
                List.of(new ServiceIndex.Meeting(ServiceIndex.Meeting.days("2TU,-1FR"), LocalTime.of(10, 0),
                        LocalTime.of(11, 30))))));
        assertEquals(List.of(6L), ids(new ServiceSearch().neighbourhood(2)));
        assertEquals(List.of(6L), ids(new ServiceSearch().takes(3).words(List.of("music"))));
        assertEquals(List.of(), ids(new ServiceSearch().takes(5).words(List.of("music"))));
        assertEquals(List.of(6L), ids(new ServiceSearch().meets(DayOfWeek.FRIDAY, null, null)));
        assertEquals(List.of(), ids(new ServiceSearch().meets(DayOfWeek.MONDAY, null, null)));
        assertEquals(List.of(6L), ids(new ServiceSearch().meets(null, LocalTime.of(11, 0), LocalTime.of(12, 0))));
        assertEquals(List.of(), ids(new ServiceSearch().meets(null, LocalTime.of(11, 30), null)),
                "closes as the wanted time starts");
        assertEquals(List.of(6L), ids(new ServiceSearch().modifiedAfter(NOW)));
        assertEquals(List.of(3L, 6L), ids(new ServiceSearch().freeOnly()));
        assertEquals(List.of(6L), ids(new ServiceSearch().group("group-0").freeOnly().words(List.of("mus"))));
        assertEquals(List.of(), ids(new ServiceSearch().group(null)), "an organisation the portal does not know");
    }

    @Test
    void venuesListEachVenueOfTheMatchesNearestFirst() {
        ServiceIndex.Found venues = index.venues(new ServiceSearch().categoryCode("physical-activity")
                .near(TOWN, null), 0, 10);
        assertEquals(3, venues.total());
        assertEquals(List.of(21L, 11L, 22L), venues.ids());
        assertEquals(List.of(11L, 21L, 22L, 31L), index.venues(new ServiceSearch(), 0, 10).ids().stream().sorted()
                .toList());
        assertEquals(List.of(21L), index.venues(new ServiceSearch().near(TOWN, 2000.0).words(List.of("walk")), 0,
                10).ids(), "only the venues within the distance");
    }
}
