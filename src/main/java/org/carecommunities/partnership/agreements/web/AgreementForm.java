package org.carecommunities.partnership.agreements.web;

import jakarta.ws.rs.core.MultivaluedMap;
import org.carecommunities.partnership.agreements.AgreementDraft;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.IsoDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The agreement form as typed, kept as text so it comes back exactly as it was: parties, clauses and schedules
 * are numbered rows ({@code party.organisation.0}, {@code clause.heading.0}, ...), the kind's fields are
 * {@code field.<key>}. Rows left wholly empty are dropped; one empty row of each is offered for the next.
 */
public record AgreementForm(String title, String kind, String purpose, String scope,
                            // never public by default: a form that does not say is refused, not published
                            @NotNull(message = VISIBILITY) @Pattern(regexp = "public|board", message = VISIBILITY)
                            String visibility,
                            String publicSummary, List<Row> parties, List<Row> clauses, List<Row> schedules,
                            @IsoDate String starts, @IsoDate String ends, @IsoDate String review,
                            Map<String, String> fields) {

    static final String VISIBILITY = "{partnership.agreementForm.visibility}";

    /** A row of two: a party's organisation and signatory, or a clause's (or schedule's) heading and text. */
    public record Row(String first, String second) {

        boolean empty() {
            return (first == null || first.isBlank()) && (second == null || second.isBlank());
        }
    }

    public AgreementForm {
        parties = List.copyOf(parties);
        clauses = List.copyOf(clauses);
        schedules = List.copyOf(schedules);
        fields = Map.copyOf(fields);
    }

    public static AgreementForm empty() {
        return new AgreementForm("", "SECTION_75", "", "", "public", "", List.of(), List.of(), List.of(), "", "", "",
                Map.of());
    }

    static AgreementForm of(AgreementDraft d) {
        return new AgreementForm(d.title(), d.kind(), d.purpose(), d.scope(), d.visibleToAll() ? "public" : "board",
                d.publicSummary(), d.parties().stream().map(p -> new Row(p.organisation(), p.signatory())).toList(),
                d.clauses().stream().map(c -> new Row(c.heading(), c.text())).toList(),
                d.schedules().stream().map(c -> new Row(c.heading(), c.text())).toList(), text(d.starts()),
                text(d.ends()), text(d.review()), d.fields());
    }

    static AgreementForm of(MultivaluedMap<String, String> form) {
        Map<String, String> fields = new TreeMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("field.") && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
                fields.put(name.substring("field.".length()), values.get(0));
            }
        });
        return new AgreementForm(form.getFirst("title"), form.getFirst("kind"), form.getFirst("purpose"),
                form.getFirst("scope"), form.getFirst("visibility"), form.getFirst("publicSummary"),
                rows(form, "party.organisation.", "party.signatory."), rows(form, "clause.heading.", "clause.text."),
                rows(form, "schedule.heading.", "schedule.text."), form.getFirst("starts"), form.getFirst("ends"),
                form.getFirst("review"), fields);
    }

    private static List<Row> rows(MultivaluedMap<String, String> form, String first, String second) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 100 && (form.containsKey(first + i) || form.containsKey(second + i)); i++) {
            Row row = new Row(form.getFirst(first + i), form.getFirst(second + i));
            if (!row.empty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The draft the facade takes, once this form's own fields (the dates and who reads it) are checked; the
     * draft's fields are checked by the facade.
     */
    AgreementDraft draft() {
        return new AgreementDraft(title, kind, purpose, scope, "public".equals(visibility), publicSummary,
                parties.stream().map(p -> new AgreementDraft.Party(p.first(), p.second())).toList(),
                clauses.stream().map(c -> new AgreementDraft.Clause(c.first(), c.second())).toList(),
                Dates.readDay(starts), Dates.readDay(ends), Dates.readDay(review), fields,
                schedules.stream().map(c -> new AgreementDraft.Clause(c.first(), c.second())).toList());
    }

    /** The rows to show: those typed, and empty ones up to {@code least} and at least one more ({@code more}). */
    static List<Row> padded(List<Row> rows, int least, int more) {
        List<Row> shown = new ArrayList<>(rows);
        while (shown.size() < Math.max(least, rows.size() + more)) {
            shown.add(new Row("", ""));
        }
        return shown;
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
