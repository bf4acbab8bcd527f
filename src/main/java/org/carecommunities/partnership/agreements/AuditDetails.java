package org.carecommunities.partnership.agreements;

import java.time.Instant;
import java.util.List;

/**
 * An agreement's audit trail, oldest first, and whether its hash chain holds: {@code brokenAt} is the sequence
 * number of the first entry that does not, and {@code reason} says why (both null when it holds).
 */
public record AuditDetails(String id, String title, String neighbourhoodSlug, List<Entry> entries, boolean holds,
                           Long brokenAt, String reason) {

    public AuditDetails {
        entries = List.copyOf(entries);
    }

    /** One entry: its place, when, who, what, and its hash (which chains to the previous one's). */
    public record Entry(long sequence, Instant at, String actor, String action, String detail, String hash) {
    }
}
