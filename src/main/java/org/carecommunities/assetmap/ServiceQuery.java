package org.carecommunities.assetmap;

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
 */
public record ServiceQuery(String words, String category, Long neighbourhoodId, DayOfWeek day, Integer age,
                           boolean freeOnly, boolean stepFree, Point near, boolean byDistance, int page) {

    public static final int WORDS_MAX = 100;

    /** The same search, another page. */
    public ServiceQuery onPage(int number) {
        return new ServiceQuery(words, category, neighbourhoodId, day, age, freeOnly, stepFree, near, byDistance,
                number);
    }
}
