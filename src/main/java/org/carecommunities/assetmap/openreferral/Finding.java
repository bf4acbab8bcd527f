package org.carecommunities.assetmap.openreferral;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.carecommunities.platform.Text;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Something an import found about a record or a feed, kept as a fact (a message's key and what fills it: a
 * field's name, a number, a value as the feed gave it), never as words, so an import's report reads in whichever
 * language its reader has chosen, however long ago it ran. Kept in the report's rows as JSON
 * ({@code [{"key":"assetmap.finding.nameMissing"}, ...]}); a report kept before imports kept facts holds English
 * sentences, and reads as they were written.
 */
public record Finding(String key, Map<String, Object> values) {

    /** The key of a finding kept as words, before imports kept facts: its one value, {@code text}, as written. */
    static final String AS_WRITTEN = "assetmap.finding.asWritten";
    private static final String MORE = "assetmap.finding.more";

    public Finding {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A finding with its values as name-value pairs: {@code of("assetmap.finding.tooLong", "field", "name")}. */
    static Finding of(String key, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            values.put(String.valueOf(namesAndValues[i]), value instanceof Integer || value instanceof Long
                    ? (Object) ((Number) value).longValue() : value instanceof Number || value instanceof Finding
                    || value == null ? value : String.valueOf(value));
        }
        return new Finding(key, values);
    }

    /** The finding in the reader's language. */
    public String said() {
        if (AS_WRITTEN.equals(key)) {
            return String.valueOf(values.get("text"));
        }
        Object[] arguments = values.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue() == null ? ""
                        : e.getValue() instanceof Finding inner ? inner.said() : e.getValue()))
                .toArray();
        return Text.t(key, arguments);
    }

    /** The language to mark it with on a page: English for words kept before imports kept facts, else none. */
    public String lang() {
        return AS_WRITTEN.equals(key) ? "en" : null;
    }

    /**
     * Findings as kept in a column of at most {@code max} characters: those that do not fit are counted in a last
     * finding ("and 3 more").
     */
    static String kept(List<Finding> findings, int max) {
        List<Finding> kept = new ArrayList<>(findings);
        String json = json(kept);
        while (json.length() > max && !kept.isEmpty()) {
            kept.remove(kept.size() - 1);
            json = json(withMore(kept, findings.size() - kept.size()));
        }
        return json;
    }

    private static List<Finding> withMore(List<Finding> kept, int more) {
        List<Finding> all = new ArrayList<>(kept);
        all.add(of(MORE, "count", more));
        return all;
    }

    private static String json(List<Finding> findings) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        findings.forEach(finding -> array.add(finding.json()));
        return array.build().toString();
    }

    /** The finding as a JSON object: its key, and its values (a finding within it as an object too). */
    private JsonObjectBuilder json() {
        JsonObjectBuilder object = Json.createObjectBuilder().add("key", key);
        values.forEach((name, value) -> {
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof Finding inner) {
                object.add(name, inner.json());
            } else if (value instanceof Long || value instanceof Integer) {
                object.add(name, ((Number) value).longValue());
            } else if (value instanceof Number n) {
                object.add(name, new java.math.BigDecimal(n.toString()));
            } else {
                object.add(name, value.toString());
            }
        });
        return object;
    }

    private static Finding from(JsonObject object) {
        Map<String, Object> values = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            if (!"key".equals(name)) {
                values.put(name, value instanceof JsonNumber n ? (n.isIntegral() ? (Object) n.longValue()
                        : n.bigDecimalValue()) : value instanceof JsonString s ? s.getString()
                        : value instanceof JsonObject inner ? from(inner) : null);
            }
        });
        return new Finding(object.getString("key"), values);
    }

    /** Findings read back from a column: facts, or (kept before imports kept facts) English lines as written. */
    static List<Finding> read(String kept) {
        if (kept == null || kept.isBlank()) {
            return List.of();
        }
        if (!kept.startsWith("[")) {
            return Arrays.stream(kept.split("\n")).map(line -> of(AS_WRITTEN, "text", line)).toList();
        }
        try (JsonReader reader = Json.createReader(new StringReader(kept))) {
            JsonArray array = reader.readArray();
            return array.stream().map(JsonValue::asJsonObject).map(Finding::from).toList();
        }
    }
}
