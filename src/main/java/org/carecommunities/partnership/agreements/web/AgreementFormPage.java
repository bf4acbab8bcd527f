package org.carecommunities.partnership.agreements.web;

import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.agreements.AgreementChoices;
import org.carecommunities.platform.Errors;

import java.util.List;

/**
 * The form a board member drafts or edits an agreement with: what was typed, the errors beside it, the parties
 * and kinds to choose from, and one empty row more of parties, clauses and schedules ({@code adding} names the
 * list that asked for another).
 */
public record AgreementFormPage(String heading, String action, String cancel, AgreementForm form, Errors errors,
                                AgreementChoices choices, String adding) {

    static final String TEMPLATE = "partnership/agreementForm.jte";

    public List<AgreementForm.Row> parties() {
        return AgreementForm.padded(form.parties(), 2, "party".equals(adding) ? 2 : 1);
    }

    public List<AgreementForm.Row> clauses() {
        return AgreementForm.padded(form.clauses(), 1, "clause".equals(adding) ? 2 : 1);
    }

    public List<AgreementForm.Row> schedules() {
        return AgreementForm.padded(form.schedules(), 1, "schedule".equals(adding) ? 2 : 1);
    }

    public AgreementChoices.Kind kind() {
        AgreementChoices.Kind kind = choices.kind(form.kind());
        return kind == null ? choices.kinds().get(0) : kind;
    }

    /** The parties typed, for the fields each records. */
    public List<AgreementForm.Row> namedParties() {
        return form.parties().stream().filter(p -> p.first() != null && !p.first().isBlank()).toList();
    }

    public String field(String key) {
        return form.fields().getOrDefault(key, "");
    }

    public String perPartyKey(Choice field, AgreementForm.Row party) {
        return field.value() + ":" + party.first();
    }

    public String perPartyLabel(Choice field, AgreementForm.Row party) {
        return field.label() + ": " + choices.organisationName(party.first());
    }
}
