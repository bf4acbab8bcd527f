package org.carecommunities.platform;

/**
 * The demo data loaded (or a set of it added), its dates moved by {@code weeksMoved} whole weeks to the week the
 * database was created in. Observed, synchronously and before any request is served, by the modules that keep
 * something computed over those dates (partnership seals its versions' digests and audit trails again), so that
 * what the demo shows verifies as it would had it been made that week.
 */
public record DemoDataLoaded(long weeksMoved) {
}
