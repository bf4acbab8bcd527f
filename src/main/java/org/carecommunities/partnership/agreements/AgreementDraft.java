package org.carecommunities.partnership.agreements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecommunities.partnership.domain.Agreement;
import org.carecommunities.partnership.domain.AgreementKind;
import org.carecommunities.partnership.domain.AgreementClause;
import org.carecommunities.platform.NameOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An agreement's working text as a board member writes it: title, kind (an {@code AgreementKind} name), purpose,
 * scope, whether the public reads it (if not, its public summary), the parties (each organisation by slug with
 * the person named to sign for it), the clauses in order, the term and next review, the kind's own fields
 * (per-party ones keyed {@code name:organisation-slug}) and, for a network agreement, its named schedules (as
 * clauses: heading and text). The shape of each field is checked here; which organisations and signatories there
 * are, the term's order, and what each kind's fields ask for, by {@link Agreements}.
 */
public record AgreementDraft(
        @NotBlank(message = "{partnership.agreementDraft.title}")
        @Size(max = Agreement.TITLE_MAX, message = "{partnership.agreementDraft.titleMax}")
        String title,
        @NameOf(value = AgreementKind.class, message = "{partnership.agreementDraft.kind}")
        String kind,
        @Size(max = Agreement.TEXT_MAX, message = "{partnership.agreementDraft.purposeMax}")
        String purpose,
        @Size(max = Agreement.TEXT_MAX, message = "{partnership.agreementDraft.scopeMax}")
        String scope,
        boolean visibleToAll,
        @Size(max = Agreement.TEXT_MAX, message = "{partnership.agreementDraft.summaryMax}")
        String publicSummary,
        List<Party> parties,
        List<@Valid Clause> clauses, LocalDate starts, LocalDate ends, LocalDate review,
        Map<String, String> fields,
        List<@Valid Clause> schedules) {

    /** The most a kind's own field holds (checked beside each by {@link Agreements}: which there are is the kind's). */
    public static final int FIELD_MAX = 4000;

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

    /** A clause, or a network agreement's schedule: its heading and its text, both given. */
    public record Clause(
            @NotBlank(message = "{partnership.agreementDraft.clause}")
            @Size(max = AgreementClause.HEADING_MAX, message = "{partnership.agreementDraft.headingMax}")
            String heading,
            @NotBlank(message = "{partnership.agreementDraft.clause}")
            @Size(max = AgreementClause.TEXT_MAX, message = "{partnership.agreementDraft.clauseMax}")
            String text) {
    }
}
