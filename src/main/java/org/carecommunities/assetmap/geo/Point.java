package org.carecommunities.assetmap.geo;

/** A place on the earth, in degrees (WGS 84, as postcodes and maps give them). */
public record Point(double latitude, double longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    public Point {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("A latitude is from -90 to 90 and a longitude from -180 to 180");
        }
    }

    /** The distance to another point over the earth's surface (haversine), in metres. */
    public double metresTo(Point other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude that make this many metres. */
    public static double latitudeDegrees(double metres) {
        return Math.toDegrees(metres / EARTH_RADIUS_METRES);
    }

    /** Degrees of longitude that make this many metres at this point's latitude. */
    public double longitudeDegrees(double metres) {
        double cos = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        return Math.toDegrees(metres / (EARTH_RADIUS_METRES * cos));
    }

    /**
     * How much a degree of longitude is shorter than one of latitude here, squared: with it, {@code dLat² + dLon² × k}
     * orders places by distance from this point as the true distance does, over the distances of a town or county.
     */
    public double longitudeWeight() {
        double cos = Math.cos(Math.toRadians(latitude));
        return cos * cos;
    }

    /** A distance as people read it: "350 m", "1.2 km", "14 km". */
    public static String inWords(double metres) {
        if (metres < 1000) {
            return Math.max(10, Math.round(metres / 10) * 10) + "\u00a0m";
        }
        double km = metres / 1000;
        // a decimal in the reader's language's way, and the unit's symbol, which is the same in every language
        return (km < 10 ? String.format(org.carecommunities.platform.Text.current().locale(), "%.1f", km)
                : String.valueOf(Math.round(km))) + "\u00a0km";
    }
}
