package org.carecommunities.assetmap.geo;

import java.util.Locale;
import java.util.Optional;

/** UK postcodes as people type them: any case, with or without the space. */
public final class Postcodes {

    private Postcodes() {
    }

    /** The postcode in its usual form ("KM2 4AB"), or empty when it is not the shape of a full UK postcode. */
    public static Optional<String> normal(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (!compact.matches("[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2}")) {
            return Optional.empty();
        }
        int split = compact.length() - 3;
        return Optional.of(compact.substring(0, split) + " " + compact.substring(split));
    }
}
