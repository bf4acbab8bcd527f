package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
import jakarta.json.Json;

import java.time.Instant;
import java.util.List;

/**
 * An agreement's log of what was done to it, each entry chained to the one before by hash: an entry's hash is the
 * SHA-256 of the RFC 8785 canonical JSON of its sequence number, time, actor, action, detail and the previous
 * entry's hash (the first entry's previous hash is {@link #GENESIS}). Changing an entry breaks its own hash;
 * removing or reordering entries breaks the sequence or the link to the previous hash.
 */
public final class AuditTrail {

    /** What the first entry links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditTrail() {
    }

    /** One entry as stored. */
    public record Entry(long sequence, Instant at, String actor, String action, String detail, String previous,
                        String hash) {
    }

    /** The entry that follows {@code last} (null for the first). */
    public static Entry next(Entry last, Instant at, String actor, String action, String detail) {
        long sequence = last == null ? 1 : last.sequence() + 1;
        String previous = last == null ? GENESIS : last.hash();
        return new Entry(sequence, at, actor, action, detail, previous,
                hash(sequence, at, actor, action, detail, previous));
    }

    /** Whether the chain holds; if not, the first entry from which it does not, and why. */
    public record Verification(boolean holds, Long brokenAt, String reason) {

        static Verification ok() {
            return new Verification(true, null, null);
        }

        static Verification broken(long at, String reason) {
            return new Verification(false, at, reason);
        }
    }

    /**
     * As {@link #verify(List)}, and the last entry must be the one whose hash the agreement keeps as its head: a
     * chain cut short at its end is detected too.
     */
    public static Verification verify(List<Entry> entries, String head) {
        Verification chain = verify(entries);
        if (!chain.holds()) {
            return chain;
        }
        String last = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
        if (!last.equals(head)) {
            long after = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
            return Verification.broken(after + 1, Text.t("partnership.audit.tailMissing", "entry", after));
        }
        return chain;
    }

    /** Recomputes the chain over the entries as stored, in their stored order. */
    public static Verification verify(List<Entry> entries) {
        String previous = GENESIS;
        long expected = 1;
        for (Entry e : entries) {
            if (e.sequence() != expected) {
                return Verification.broken(e.sequence(), Text.t(e.sequence() > expected
                        ? "partnership.audit.missing" : "partnership.audit.outOfOrder", "entry", expected, "found",
                        e.sequence()));
            }
            if (!e.previous().equals(previous)) {
                return Verification.broken(e.sequence(), Text.t("partnership.audit.notFollowing", "entry",
                        e.sequence()));
            }
            if (!e.hash().equals(hash(e.sequence(), e.at(), e.actor(), e.action(), e.detail(), e.previous()))) {
                return Verification.broken(e.sequence(), Text.t("partnership.audit.changed", "entry", e.sequence()));
            }
            previous = e.hash();
            expected++;
        }
        return Verification.ok();
    }

    /**
     * The chain sealed again over its entries' contents, in order, with each entry's detail passed through
     * {@code detail} first: for data written outside the portal's own code (the demo, its dates moved when it
     * loads), never for a trail the portal wrote, which holds as it is.
     */
    public static List<Entry> sealed(List<Entry> entries, java.util.function.UnaryOperator<String> detail) {
        List<Entry> sealed = new java.util.ArrayList<>(entries.size());
        Entry last = null;
        for (Entry e : entries) {
            last = next(last, e.at(), e.actor(), e.action(), detail.apply(e.detail()));
            sealed.add(last);
        }
        return sealed;
    }

    static String hash(long sequence, Instant at, String actor, String action, String detail, String previous) {
        return AgreementText.sha256(AgreementText.canonical(Json.createObjectBuilder()
                .add("sequence", Long.toString(sequence)).add("at", at.toString())
                .add("actor", AgreementText.text(actor)).add("action", AgreementText.text(action))
                .add("detail", AgreementText.text(detail)).add("previous", previous).build()));
    }
}
