package org.carecommunities.assetmap.geo;

/**
 * Postcode to coordinates. The embedded default and the tests use {@link OfflineGeocoder} (the demo
 * neighbourhoods' postcode districts); production uses {@link PostcodesIo}. Which one is configuration
 * ({@code assetmap.geocoder}).
 */
public interface Geocoder {

    /** Where a postcode is; the postcode is in its usual form ({@link Postcodes#normal}). */
    Located locate(String postcode);

    /** A look-up's answer: a point, or that the postcode is unknown, or that the look-up could not be made. */
    record Located(Point point, boolean unavailable) {

        public static Located at(Point point) {
            return new Located(point, false);
        }

        public static Located unknown() {
            return new Located(null, false);
        }

        public static Located notNow() {
            return new Located(null, true);
        }

        public boolean found() {
            return point != null;
        }
    }
}
