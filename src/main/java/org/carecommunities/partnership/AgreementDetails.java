package org.carecommunities.partnership;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An agreement as its reader may see it: its details, its parties and whether each has signed the version
 * awaiting or bearing signatures, its clauses, and that version's number and digest (0 and null before any).
 */
public record AgreementDetails(String id, String neighbourhoodSlug, String title, String kind, String status,
                            boolean visibleToAll, String publicSummary, String purpose, List<Party> parties,
                            List<Clause> clauses, int version, String digest, List<String> allowedMoves) {

    /** A party, its signatory, and when they signed the current version (null if not yet). */
    public record Party(String organisation, String name, String signatory, LocalDateTime signedAt) {
    }

    public record Clause(String heading, String text) {
    }
}
