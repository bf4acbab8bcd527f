package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two versions of an agreement side by side, part by part: the details, the parties, each clause (matched by its
 * heading, in the newer version's order, then those only the older has), each of the kind's fields and each
 * schedule. Every part says whether it is the same, changed, added or removed.
 */
public final class Comparison {

    private Comparison() {
    }

    public enum Status { SAME, CHANGED, ADDED, REMOVED }

    /** One part: what it is, how it changed, and its text in each version (null where it is absent). */
    public record Part(String name, Status status, String before, String after) {
    }

    public static List<Part> of(AgreementText before, AgreementText after) {
        List<Part> parts = new ArrayList<>();
        parts.add(part(Text.t("partnership.compare.title"), before.title(), after.title()));
        parts.add(part(Text.t("partnership.compare.purpose"), before.purpose(), after.purpose()));
        parts.add(part(Text.t("partnership.compare.scope"), before.scope(), after.scope()));
        parts.add(part(Text.t("partnership.compare.starts"), text(before.starts()), text(after.starts())));
        parts.add(part(Text.t("partnership.compare.ends"), text(before.ends()), text(after.ends())));
        parts.add(part(Text.t("partnership.compare.review"), text(before.review()), text(after.review())));
        parts.add(part(Text.t("partnership.compare.parties"), parties(before), parties(after)));
        parts.addAll(matched("partnership.compare.clause", clauses(before), clauses(after), n -> n));
        parts.addAll(matched("partnership.compare.field", before.fields(), after.fields(),
                n -> fieldName(after, n)));
        parts.addAll(matched("partnership.compare.schedule", schedules(before), schedules(after), n -> n));
        return parts;
    }

    private static List<Part> matched(String key, Map<String, String> before, Map<String, String> after,
                                      java.util.function.UnaryOperator<String> named) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        return names.stream().map(n -> part(Text.t(key, "name", named.apply(n)), before.get(n), after.get(n)))
                .toList();
    }

    /** What people call one of the kind's fields (a per-party one with its party's name), else its key. */
    private static String fieldName(AgreementText text, String key) {
        String field = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
        String organisation = key.contains(":") ? key.substring(key.indexOf(':') + 1) : null;
        AgreementKind kind;
        try {
            kind = AgreementKind.valueOf(text.kind());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return key;
        }
        return java.util.stream.Stream.concat(kind.fields().stream(), kind.perParty().stream())
                .filter(f -> f.key().equals(field)).findFirst()
                .map(f -> organisation == null ? f.label() : f.label() + ": " + text.parties().stream()
                        .filter(p -> p.organisation().equals(organisation)).map(AgreementText.Party::name)
                        .findFirst().orElse(organisation))
                .orElse(key);
    }

    private static Part part(String name, String before, String after) {
        Status status = before == null ? (after == null ? Status.SAME : Status.ADDED)
                : after == null ? Status.REMOVED
                : Objects.equals(AgreementText.text(before), AgreementText.text(after)) ? Status.SAME : Status.CHANGED;
        return new Part(name, status, before, after);
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static String parties(AgreementText t) {
        return String.join("\n", t.parties().stream().map(p -> Text.t("partnership.compare.party", "party", p.name(),
                "signatory", p.signatory())).toList());
    }

    private static Map<String, String> clauses(AgreementText t) {
        Map<String, String> byHeading = new LinkedHashMap<>();
        t.clauses().forEach(c -> byHeading.merge(c.heading(), c.text(), (a, b) -> a + "\n" + b));
        return byHeading;
    }

    private static Map<String, String> schedules(AgreementText t) {
        Map<String, String> byName = new LinkedHashMap<>();
        t.schedules().forEach(s -> byName.merge(s.name(), s.text(), (a, b) -> a + "\n" + b));
        return byName;
    }
}
