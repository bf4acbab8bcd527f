package org.carecommunities.assetmap.geo;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PointTest {

    @Test
    void distancesOverTheEarth() {
        Point london = new Point(51.5074, -0.1278);
        Point paris = new Point(48.8566, 2.3522);
        assertEquals(343_500, london.metresTo(paris), 1_500);
        assertEquals(0, london.metresTo(london), 1e-6);
        assertEquals(london.metresTo(paris), paris.metresTo(london), 1e-6);
    }

    @Test
    void theCheapOrderingAgreesWithTrueDistanceAcrossACounty() {
        Point from = new Point(52.40, -1.52);
        List<Point> places = List.of(new Point(52.45, -1.52), new Point(52.40, -1.60), new Point(52.33, -1.45),
                new Point(52.41, -1.51), new Point(52.40, -1.44), new Point(52.47, -1.60));
        double k = from.longitudeWeight();
        Comparator<Point> cheap = Comparator.comparingDouble(p -> Math.pow(p.latitude() - from.latitude(), 2)
                + Math.pow(p.longitude() - from.longitude(), 2) * k);
        assertEquals(places.stream().sorted(Comparator.comparingDouble(from::metresTo)).toList(),
                places.stream().sorted(cheap).toList(), "a degree of longitude is shorter than one of latitude here");
    }

    @Test
    void distancesInWords() {
        assertEquals("10\u00a0m", Point.inWords(3));
        assertEquals("350\u00a0m", Point.inWords(348));
        assertEquals("1.2\u00a0km", Point.inWords(1234));
        assertEquals("14\u00a0km", Point.inWords(13_600));
    }

    @Test
    void onlyPlacesOnTheEarth() {
        assertThrows(IllegalArgumentException.class, () -> new Point(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new Point(0, -181));
        assertThrows(IllegalArgumentException.class, () -> new Point(Double.NaN, 0));
    }

    @Test
    void postcodesAsPeopleTypeThem() {
        assertEquals("KM2 4AB", Postcodes.normal(" km24ab ").orElseThrow());
        assertEquals("SW1A 1AA", Postcodes.normal("sw1a 1aa").orElseThrow());
        assertEquals("EW2 1AA", Postcodes.normal("EW2   1AA").orElseThrow());
        assertEquals(true, Postcodes.normal("KM2").isEmpty(), "a district is not a postcode");
        assertEquals(true, Postcodes.normal("kingsmead").isEmpty());
        assertEquals(true, Postcodes.normal(null).isEmpty());
    }

    @Test
    void theOfflineGeocoderKnowsTheDemoDistricts() {
        OfflineGeocoder offline = new OfflineGeocoder();
        assertEquals(true, offline.locate("KM2 4AB").found());
        assertEquals(false, offline.locate("ZZ9 9ZZ").found());
        assertEquals(false, offline.locate("ZZ9 9ZZ").unavailable(), "unknown, not unavailable");
    }
}
