package org.carecommunities.partnership.domain;

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
        parts.add(part("Title", before.title(), after.title()));
        parts.add(part("Purpose", before.purpose(), after.purpose()));
        parts.add(part("Scope", before.scope(), after.scope()));
        parts.add(part("Starts", text(before.starts()), text(after.starts())));
        parts.add(part("Ends", text(before.ends()), text(after.ends())));
        parts.add(part("Next review", text(before.review()), text(after.review())));
        parts.add(part("Parties", parties(before), parties(after)));
        parts.addAll(matched("Clause", clauses(before), clauses(after)));
        parts.addAll(matched("Field", before.fields(), after.fields()));
        parts.addAll(matched("Schedule", schedules(before), schedules(after)));
        return parts;
    }

    private static List<Part> matched(String kind, Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        return names.stream().map(n -> part(kind + " " + n, before.get(n), after.get(n))).toList();
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
        return String.join("\n", t.parties().stream().map(p -> p.name() + " (signs: " + p.signatory() + ")")
                .toList());
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
