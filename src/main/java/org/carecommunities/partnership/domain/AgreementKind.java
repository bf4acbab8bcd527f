package org.carecommunities.partnership.domain;

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
    SECTION_75("Section 75 pooled fund", List.of(
            new Field("aims", "Aims and outcomes"),
            new Field("host", "Host partner"),
            new Field("fundManager", "Fund manager"),
            new Field("functions", "Functions and people covered"),
            new Field("riskShare", "Risk share"),
            new Field("monitoring", "How the fund is managed and monitored"),
            new Field("variation", "How contributions may vary")),
            List.of(new Field("contribution", "Contribution per year"),
                    new Field("provides", "What it provides (staff, goods, services, accommodation)"))),
    DATA_SHARING("Data sharing agreement", List.of(
            new Field("dataCategories", "Categories of data shared"),
            new Field("retention", "How long data is kept"),
            new Field("jointControllers", "Whether the parties are joint controllers (yes or no)")),
            List.of(new Field("lawfulBasis", "Lawful basis"))),
    MOU("Memorandum of understanding", List.of(), List.of()),
    SLA("Service level agreement", List.of(), List.of()),
    NETWORK("Network agreement", List.of(), List.of());

    /** A field the kind needs, by its key and what people call it. */
    public record Field(String key, String label) {
    }

    private final String label;
    private final List<Field> fields;
    private final List<Field> perParty;

    AgreementKind(String label, List<Field> fields, List<Field> perParty) {
        this.label = label;
        this.fields = fields;
        this.perParty = perParty;
    }

    public String label() {
        return label;
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
            problems.put("title", "Give the agreement a title");
        }
        if (blank(text.purpose())) {
            problems.put("purpose", "Say what the agreement is for");
        }
        if (text.parties().size() < 2) {
            problems.put("parties", "An agreement has two or more parties");
        }
        text.parties().stream().filter(p -> blank(p.signatory())).findFirst().ifPresent(p ->
                problems.put("parties", p.name() + " has nobody named to sign for it"));
        if (text.clauses().isEmpty() || text.clauses().stream().anyMatch(c -> blank(c.heading()) || blank(c.text()))) {
            problems.put("clauses", "Write at least one clause, each with a heading and its text");
        }
        if (text.starts() == null) {
            problems.put("starts", "Say when it starts");
        }
        if (text.starts() != null && text.ends() != null && !text.ends().isAfter(text.starts())) {
            problems.put("ends", "It ends after it starts");
        }
        if (text.review() == null) {
            problems.put("review", "Say when it is next reviewed");
        } else if (text.starts() != null && text.review().isBefore(text.starts())
                || text.ends() != null && text.review().isAfter(text.ends())) {
            problems.put("review", "The review falls within its term");
        }
        for (Field field : fields) {
            if (blank(text.fields().get(field.key()))) {
                problems.put(field.key(), label + ": say " + field.label().toLowerCase(java.util.Locale.UK));
            }
        }
        for (Field field : perParty) {
            for (AgreementText.Party party : text.parties()) {
                String key = key(field, party.organisation());
                if (blank(text.fields().get(key))) {
                    problems.put(key, label + ": say " + party.name() + "'s "
                            + field.label().toLowerCase(java.util.Locale.UK));
                }
            }
        }
        if (this == DATA_SHARING && "yes".equalsIgnoreCase(text.fields().getOrDefault("jointControllers", ""))) {
            if (blank(text.fields().get("responsibilities"))) {
                problems.put("responsibilities", "Joint controllers: say who is responsible for what (Article 26)");
            }
            if (blank(text.fields().get("rightsContact"))) {
                problems.put("rightsContact", "Joint controllers: say where people exercise their rights");
            }
        }
        if (this == NETWORK && text.schedules().isEmpty()) {
            problems.put("schedules", "A network agreement has its locally completed schedules");
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
