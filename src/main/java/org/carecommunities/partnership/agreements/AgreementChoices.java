package org.carecommunities.partnership.agreements;

import org.carecommunities.platform.Choice;

import java.util.List;

/**
 * What the agreement form offers: the organisations serving the neighbourhood (who may be parties), the kinds
 * of agreement, each with the fields it records (per-party ones asked once for each party), and who may sign
 * (each board member sitting today, by member id, named with the organisation they sit for).
 */
public record AgreementChoices(List<Choice> organisations, List<Kind> kinds, List<Choice> signatories) {

    public AgreementChoices {
        organisations = List.copyOf(organisations);
        kinds = List.copyOf(kinds);
        signatories = List.copyOf(signatories);
    }

    /** A kind, the fields it records, those each party records, and whether it has named schedules. */
    public record Kind(String name, String label, List<Choice> fields, List<Choice> perParty, boolean schedules) {
    }

    public Kind kind(String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    /** The kinds to choose from, by name. */
    public List<Choice> kindChoices() {
        return kinds.stream().map(k -> new Choice(k.name(), k.label())).toList();
    }

    public String organisationName(String slug) {
        return organisations.stream().filter(o -> o.value().equals(slug)).map(Choice::label).findFirst()
                .orElse(slug);
    }
}
