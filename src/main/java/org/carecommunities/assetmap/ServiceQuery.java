package org.carecommunities.assetmap;

import java.time.DayOfWeek;

/**
 * A search of the asset map; every part may be absent (null or false).
 *
 * @param words          words each found in the service's name, description, categories or places
 * @param category       a taxonomy term's code
 * @param neighbourhoodId the neighbourhood the service is listed in
 * @param day            a day it meets on
 * @param age            an age it takes
 */
public record ServiceQuery(String words, String category, Long neighbourhoodId, DayOfWeek day, Integer age,
                           boolean freeOnly, boolean stepFree, int page) {

    public static final int WORDS_MAX = 100;
}
