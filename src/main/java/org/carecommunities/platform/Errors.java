package org.carecommunities.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a submitted form, in the order its fields appear, at most one message a field.
 * Templates show them in the error summary and beside each field.
 */
public record Errors(Map<String, String> byField) {

    public static final Errors NONE = new Errors(Map.of());

    public Errors {
        byField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    /**
     * Messages gathered from more than one check (the form's shape, then the facade's rules that need data), in
     * the order of the form's fields, so the error summary reads top to bottom.
     */
    public static Errors inOrderOf(Class<? extends Record> form, Map<String, String> byField) {
        List<String> order = java.util.Arrays.stream(form.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        Map<String, String> sorted = new LinkedHashMap<>();
        byField.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> {
            int i = order.indexOf(e.getKey());
            return i < 0 ? Integer.MAX_VALUE : i;
        })).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new Errors(sorted);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for a field, or null when the field is fine. */
    public String of(String field) {
        return byField.get(field);
    }

    /** The ids a field's input is described by (its hint and its error message), or null for none. */
    public String describedBy(String field, boolean hasHint) {
        String ids = (hasHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "");
        return ids.isBlank() ? null : ids.trim();
    }

    public List<FieldError> list() {
        return byField.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }

    public record FieldError(String field, String message) {
    }
}
