package org.carecommunities.partnership;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An agreement as its reader may see it: its details, its parties and whether each has signed the version
 * awaiting or bearing signatures, its clauses, and that version's number and digest (0 and null before any).
 * Someone outside the board reads a board-only agreement as its summary alone ({@code summaryOnly}: no purpose,
 * signatures, clauses or digest), with the Article 26 essence where the parties are joint controllers.
 */
public record AgreementDetails(String id, String neighbourhoodSlug, String title, String kind, String status,
                               boolean visibleToAll, String publicSummary, String purpose, List<Party> parties,
                               List<Clause> clauses, int version, String digest, List<String> allowedMoves,
                               boolean summaryOnly, JointControllers jointControllers, List<Field> fields,
                               LocalDate starts, LocalDate ends, LocalDate review) {

    /** One of what the agreement's kind records (a section 75 fund's host, a party's contribution, ...). */
    public record Field(String label, String value) {
    }

    /**
     * The essence of a joint-controller arrangement (UK GDPR Article 26(2)), drawn from the agreement's own
     * fields: who the controllers are, what they share and why, who is responsible for what, and where people
     * exercise their rights.
     */
    public record JointControllers(List<String> controllers, String purpose, String data, String responsibilities,
                                   String rights) {
    }

    /** A party, its signatory, and when they signed the current version (null if not yet). */
    public record Party(String organisation, String name, String signatory, LocalDateTime signedAt) {
    }

    public record Clause(String heading, String text) {
    }
}
