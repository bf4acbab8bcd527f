package org.carecommunities.partnership.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An agreement's working text as a board member writes it: title, kind (an {@code AgreementKind} name), purpose,
 * scope, whether the public reads it (if not, its public summary), the parties (each organisation by slug with
 * the person named to sign for it), the clauses in order, the term and next review, the kind's own fields
 * (per-party ones keyed {@code name:organisation-slug}) and, for a network agreement, its named schedules (as
 * clauses: heading and text).
 */
public record AgreementDraft(String title, String kind, String purpose, String scope, boolean visibleToAll,
                             String publicSummary, List<Party> parties, List<Clause> clauses, LocalDate starts,
                             LocalDate ends, LocalDate review, Map<String, String> fields, List<Clause> schedules) {

    public AgreementDraft {
        parties = parties == null ? List.of() : List.copyOf(parties);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
    }

    /** Without schedules (which only network agreements have). */
    public AgreementDraft(String title, String kind, String purpose, String scope, boolean visibleToAll,
                          String publicSummary, List<Party> parties, List<Clause> clauses, LocalDate starts,
                          LocalDate ends, LocalDate review, Map<String, String> fields) {
        this(title, kind, purpose, scope, visibleToAll, publicSummary, parties, clauses, starts, ends, review, fields,
                List.of());
    }

    /** A party: its organisation's slug, and who is named to sign for it. */
    public record Party(String organisation, String signatory) {
    }

    public record Clause(String heading, String text) {
    }
}
