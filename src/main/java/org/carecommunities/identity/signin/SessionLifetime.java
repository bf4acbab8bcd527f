package org.carecommunities.identity.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a sign-in lasts: it ends after {@code idle} without the person doing anything (background polling,
 * such as a thread's live replies, does not count), and after {@code absolute} whatever they do.
 */
public record SessionLifetime(Duration idle, Duration absolute) {

    public SessionLifetime {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("A sign-in lasts a positive idle time, within its absolute lifetime");
        }
    }

    /** Whether a sign-in made at {@code signedInAt} and last used at {@code lastActiveAt} has ended by {@code now}. */
    public boolean ended(Instant signedInAt, Instant lastActiveAt, Instant now) {
        return !now.isBefore(signedInAt.plus(absolute)) || !now.isBefore(lastActiveAt.plus(idle));
    }
}
