package org.carecommunities.platform.limits;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How many requests of one kind a sender may make in a period, written {@code 30/PT1M} (a count, a slash and an
 * ISO-8601 duration): the bucket holds that many and fills again evenly over the period.
 */
public record Limit(long requests, Duration per) {

    public Limit {
        if (requests < 1 || per == null || per.isZero() || per.isNegative()) {
            throw new IllegalArgumentException("A limit allows at least one request in a period longer than zero");
        }
    }

    /** Reads {@code 30/PT1M}; anything else is refused with what was expected. */
    public static Limit parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", 2);
        try {
            if (parts.length == 2) {
                return new Limit(Long.parseLong(parts[0].strip()), Duration.parse(parts[1].strip()));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // said below
        }
        throw new IllegalArgumentException("A rate limit is written as requests/ISO-8601 duration, such as 30/PT1M, "
                + "not " + text);
    }

    @Override
    public String toString() {
        return requests + "/" + per;
    }
}
