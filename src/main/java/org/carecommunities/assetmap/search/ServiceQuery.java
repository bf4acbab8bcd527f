package org.carecommunities.assetmap.search;

import org.carecommunities.assetmap.geo.Point;

import java.time.DayOfWeek;

/**
 * A search of the asset map; every part may be absent (null or false).
 *
 * @param words          words each found in the service's name, description, categories or places
 * @param category       a taxonomy term's code
 * @param neighbourhoodId the neighbourhood the service is listed in
 * @param day            a day it meets on
 * @param age            an age it takes
 * @param near           where the person is (a postcode's centre, or their browser's location): results say how
 *                       far each service is from there
 * @param byDistance     nearest first (with {@code near}), rather than by name
 * @param from           it meets at some time from then (any time when null)
 * @param to             it meets at some time until then (any time when null)
 */
public record ServiceQuery(String words, String category, Long neighbourhoodId, DayOfWeek day, Integer age,
                           boolean freeOnly, boolean stepFree, Point near, boolean byDistance, int page,
                           java.time.LocalTime from, java.time.LocalTime to) {

    public static final int WORDS_MAX = 100;

    /** At any time of day. */
    public ServiceQuery(String words, String category, Long neighbourhoodId, DayOfWeek day, Integer age,
                        boolean freeOnly, boolean stepFree, Point near, boolean byDistance, int page) {
        this(words, category, neighbourhoodId, day, age, freeOnly, stepFree, near, byDistance, page, null, null);
    }

    /** The same search, another page. */
    public ServiceQuery onPage(int number) {
        return new ServiceQuery(words, category, neighbourhoodId, day, age, freeOnly, stepFree, near, byDistance,
                number, from, to);
    }
}
