package org.carecommunities.assetmap.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The offline geocoder of the embedded default and the tests: the centre of each demo postcode district. A venue's
 * postcode is placed at its district's centre, close enough to sort services by distance within a neighbourhood.
 */
public final class PostcodeCentroids {

    private static final Map<String, double[]> DISTRICTS = Map.of(
            "KM1", new double[] {52.3985, -1.5260}, "KM2", new double[] {52.4030, -1.5180},
            "KM3", new double[] {52.4075, -1.5235}, "NH4", new double[] {52.4270, -1.4935},
            "NH5", new double[] {52.4315, -1.4860}, "NH6", new double[] {52.4360, -1.4905},
            "EW1", new double[] {52.3790, -1.4570}, "EW2", new double[] {52.3835, -1.4495},
            "EW3", new double[] {52.3880, -1.4545});

    private PostcodeCentroids() {
    }

    /** Latitude and longitude for a full postcode in a known district, or empty. */
    public static Optional<double[]> locate(String postcode) {
        String normal = postcode == null ? "" : postcode.strip().toUpperCase(Locale.UK).replaceAll("\\s+", " ");
        if (!normal.matches("[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(DISTRICTS.get(normal.substring(0, normal.indexOf(' '))));
    }
}
