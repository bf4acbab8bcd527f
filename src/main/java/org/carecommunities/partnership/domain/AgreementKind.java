package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of agreement a board makes, each with what it must record before it can go to signature. Fields
 * that differ by party are keyed {@code name:organisation-slug} (a section 75 partner's contribution, a data
 * sharing party's lawful basis).
 */
public enum AgreementKind {
    /** Section 75 (NHS Act 2006) pooled fund, as its regulations require it to be written down. */
    SECTION_75("partnership.kind.section75", List.of(
            new Field("aims", "partnership.kind.field.aims"),
            new Field("host", "partnership.kind.field.host"),
            new Field("fundManager", "partnership.kind.field.fundManager"),
            new Field("functions", "partnership.kind.field.functions"),
            new Field("riskShare", "partnership.kind.field.riskShare"),
            new Field("monitoring", "partnership.kind.field.monitoring"),
            new Field("variation", "partnership.kind.field.variation")),
            List.of(new Field("contribution", "partnership.kind.field.contribution"),
                    new Field("provides", "partnership.kind.field.provides"))),
    DATA_SHARING("partnership.kind.dataSharing", List.of(
            new Field("dataCategories", "partnership.kind.field.dataCategories"),
            new Field("retention", "partnership.kind.field.retention"),
            new Field("jointControllers", "partnership.kind.field.jointControllers")),
            List.of(new Field("lawfulBasis", "partnership.kind.field.lawfulBasis"))),
    MOU("partnership.kind.mou", List.of(), List.of()),
    SLA("partnership.kind.sla", List.of(), List.of()),
    NETWORK("partnership.kind.network", List.of(), List.of());

    /** A field the kind needs, by its key and the key of what people call it in the bundle. */
    public record Field(String key, String labelKey) {

        /** What people call it, in the reader's language. */
        public String label() {
            return Text.t(labelKey);
        }
    }

    /** The key of its name in the bundle. */
    private final String label;
    private final List<Field> fields;
    private final List<Field> perParty;

    AgreementKind(String label, List<Field> fields, List<Field> perParty) {
        this.label = label;
        this.fields = fields;
        this.perParty = perParty;
    }

    /** Its name in the reader's language. */
    public String label() {
        return Text.t(label);
    }

    public List<Field> fields() {
        return fields;
    }

    public List<Field> perParty() {
        return perParty;
    }

    /** The key of a per-party field for one party. */
    public static String key(Field field, String organisation) {
        return field.key() + ":" + organisation;
    }

    /**
     * What stops this text going to signature, field by field (empty when nothing does): every agreement has a
     * purpose, two or more parties each with a named signatory, a clause, a start, an end after it and a review
     * within the term; then what its kind needs.
     */
    public Map<String, String> problems(AgreementText text) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(text.title())) {
            problems.put("title", Text.t("partnership.kind.problem.title"));
        }
        if (blank(text.purpose())) {
            problems.put("purpose", Text.t("partnership.kind.problem.purpose"));
        }
        if (text.parties().size() < 2) {
            problems.put("parties", Text.t("partnership.kind.problem.parties"));
        }
        text.parties().stream().filter(p -> blank(p.signatory())).findFirst().ifPresent(p ->
                problems.put("parties", Text.t("partnership.kind.problem.signatory", "party", p.name())));
        if (text.clauses().isEmpty() || text.clauses().stream().anyMatch(c -> blank(c.heading()) || blank(c.text()))) {
            problems.put("clauses", Text.t("partnership.kind.problem.clauses"));
        }
        if (text.starts() == null) {
            problems.put("starts", Text.t("partnership.kind.problem.starts"));
        }
        if (text.starts() != null && text.ends() != null && !text.ends().isAfter(text.starts())) {
            problems.put("ends", Text.t("partnership.kind.problem.ends"));
        }
        if (text.review() == null) {
            problems.put("review", Text.t("partnership.kind.problem.review"));
        } else if (text.starts() != null && text.review().isBefore(text.starts())
                || text.ends() != null && text.review().isAfter(text.ends())) {
            problems.put("review", Text.t("partnership.kind.problem.reviewInTerm"));
        }
        for (Field field : fields) {
            if (blank(text.fields().get(field.key()))) {
                problems.put(field.key(), Text.t("partnership.kind.problem.field", "kind", label(), "field",
                        field.label()));
            }
        }
        for (Field field : perParty) {
            for (AgreementText.Party party : text.parties()) {
                String key = key(field, party.organisation());
                if (blank(text.fields().get(key))) {
                    problems.put(key, Text.t("partnership.kind.problem.partyField", "kind", label(), "party",
                            party.name(), "field", field.label()));
                }
            }
        }
        if (this == DATA_SHARING && jointControllers(text)) {
            if (blank(text.fields().get("responsibilities"))) {
                problems.put("responsibilities", Text.t("partnership.kind.problem.responsibilities"));
            }
            if (blank(text.fields().get("rightsContact"))) {
                problems.put("rightsContact", Text.t("partnership.kind.problem.rightsContact"));
            }
        }
        if (this == NETWORK && text.schedules().isEmpty()) {
            problems.put("schedules", Text.t("partnership.kind.problem.schedules"));
        }
        return problems;
    }

    /**
     * Whether a data sharing agreement's parties said they are joint controllers: "yes", or the word for it in the
     * language its writer used (the field is free text, written in any of the portal's languages).
     */
    public static boolean jointControllers(AgreementText text) {
        String said = text.fields().getOrDefault("jointControllers", "").strip();
        return "yes".equalsIgnoreCase(said) || Text.languages().stream()
                .anyMatch(l -> Text.t(l, "partnership.kind.yes").equalsIgnoreCase(said));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
