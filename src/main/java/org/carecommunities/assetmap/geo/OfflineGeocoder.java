package org.carecommunities.assetmap.geo;

import java.util.Map;

/**
 * The geocoder of the embedded default and the tests, with no network: the centre of each demo postcode district.
 * A postcode is placed at its district's centre, close enough to sort services by distance within a neighbourhood.
 */
public final class OfflineGeocoder implements Geocoder {

    private static final Map<String, Point> DISTRICTS = Map.of(
            "KM1", new Point(52.3985, -1.5260), "KM2", new Point(52.4030, -1.5180),
            "KM3", new Point(52.4075, -1.5235), "NH4", new Point(52.4270, -1.4935),
            "NH5", new Point(52.4315, -1.4860), "NH6", new Point(52.4360, -1.4905),
            "EW1", new Point(52.3790, -1.4570), "EW2", new Point(52.3835, -1.4495),
            "EW3", new Point(52.3880, -1.4545));

    @Override
    public Located locate(String postcode) {
        Point district = postcode == null || postcode.indexOf(' ') < 0 ? null
                : DISTRICTS.get(postcode.substring(0, postcode.indexOf(' ')));
        return district == null ? Located.unknown() : Located.at(district);
    }
}
