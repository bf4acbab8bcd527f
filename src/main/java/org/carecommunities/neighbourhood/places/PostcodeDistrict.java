package org.carecommunities.neighbourhood.places;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outward part of a UK postcode ("LS6" of "LS6 3AB"): the unit a neighbourhood is drawn from and what
 * people are asked for, since a full postcode says more about them than the portal needs.
 */
public record PostcodeDistrict(String code) {

    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    /** A district, a full postcode, or (after a space) the start of the inward code, as while typing. */
    private static final Pattern POSTCODE = Pattern.compile(
            "([A-Z]{1,2}[0-9][A-Z0-9]?)(\\s*[0-9][A-Z]{2}|\\s+[0-9][A-Z]?)?");

    public PostcodeDistrict {
        if (code == null || !DISTRICT.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a postcode district: " + code);
        }
    }

    /**
     * The district of a district or a postcode as people type them: any case, any spacing, and a postcode
     * still being typed ("EW7 1") counts too.
     */
    public static Optional<PostcodeDistrict> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.strip().toUpperCase(Locale.UK);
        Matcher matcher = POSTCODE.matcher(compact);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        // "KM12AB" splits as KM1 + 2AB: the inward code is always a digit and two letters
        return Optional.of(new PostcodeDistrict(matcher.group(1)));
    }

    @Override
    public String toString() {
        return code;
    }
}
