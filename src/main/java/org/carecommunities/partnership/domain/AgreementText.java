package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Sha256;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The agreed text of one version of an agreement: what the parties sign. Frozen once it goes to signature; its
 * digest identifies it in every signature.
 *
 * <p><b>Canonical form</b> (format {@value #FORMAT}): a JSON object with the members {@code format}, {@code title},
 * {@code kind}, {@code purpose}, {@code scope}, {@code parties} (an array, in the agreement's order, of objects
 * with {@code organisation} (its slug), {@code name} and {@code signatory}), {@code clauses} (an array, in order,
 * of objects with {@code heading} and {@code text}), {@code starts}, {@code ends} and {@code review} (ISO dates,
 * left out when not set), {@code fields} (an object of the kind's own fields, each a string) and
 * {@code schedules} (an array, in order, of objects with {@code name} and {@code text}). Every value is a string
 * (no numbers, so nothing depends on how a number is written); every string is Unicode NFC with line breaks as
 * LF. The object is then serialised by RFC 8785, the JSON Canonicalization Scheme (members sorted by their names'
 * UTF-16 code units, no white space, minimal escaping) and encoded as UTF-8. The <b>digest</b> is the SHA-256 of
 * those bytes, in lower-case hex.
 */
public record AgreementText(String title, String kind, String purpose, String scope, List<Party> parties,
                            List<Clause> clauses, LocalDate starts, LocalDate ends, LocalDate review,
                            Map<String, String> fields, List<NamedSchedule> schedules) {

    public static final String FORMAT = "care-communities/agreement-version/1";

    public AgreementText {
        parties = List.copyOf(parties);
        clauses = List.copyOf(clauses);
        fields = Map.copyOf(fields);
        schedules = List.copyOf(schedules);
    }

    /** A party: the organisation, and the person named to sign for it. */
    public record Party(String organisation, String name, String signatory) {
    }

    public record Clause(String heading, String text) {
    }

    /** A locally completed schedule (as network agreements have), by its name. */
    public record NamedSchedule(String name, String text) {
    }

    /** The canonical form, as the class comment documents it. */
    public String canonical() {
        JsonObjectBuilder o = Json.createObjectBuilder().add("format", FORMAT).add("title", text(title))
                .add("kind", text(kind)).add("purpose", text(purpose)).add("scope", text(scope));
        JsonArrayBuilder ps = Json.createArrayBuilder();
        parties.forEach(p -> ps.add(Json.createObjectBuilder().add("organisation", text(p.organisation()))
                .add("name", text(p.name())).add("signatory", text(p.signatory()))));
        o.add("parties", ps);
        JsonArrayBuilder cs = Json.createArrayBuilder();
        clauses.forEach(c -> cs.add(Json.createObjectBuilder().add("heading", text(c.heading()))
                .add("text", text(c.text()))));
        o.add("clauses", cs);
        if (starts != null) {
            o.add("starts", starts.toString());
        }
        if (ends != null) {
            o.add("ends", ends.toString());
        }
        if (review != null) {
            o.add("review", review.toString());
        }
        JsonObjectBuilder fs = Json.createObjectBuilder();
        new TreeMap<>(fields).forEach((k, v) -> fs.add(text(k), text(v)));
        o.add("fields", fs);
        JsonArrayBuilder ss = Json.createArrayBuilder();
        schedules.forEach(s -> ss.add(Json.createObjectBuilder().add("name", text(s.name()))
                .add("text", text(s.text()))));
        o.add("schedules", ss);
        return canonical(o.build());
    }

    /** A version's text read back from its canonical form (which {@link #canonical()} gives again, unchanged). */
    public static AgreementText parse(String canonical) {
        JsonObject o;
        try (var reader = Json.createReader(new java.io.StringReader(canonical))) {
            o = reader.readObject();
        }
        Map<String, String> fields = new TreeMap<>();
        o.getJsonObject("fields").forEach((k, v) -> fields.put(k, ((jakarta.json.JsonString) v).getString()));
        return new AgreementText(o.getString("title"), o.getString("kind"), o.getString("purpose"),
                o.getString("scope"), o.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .map(p -> new Party(p.getString("organisation"), p.getString("name"), p.getString("signatory")))
                .toList(), o.getJsonArray("clauses").getValuesAs(JsonObject.class).stream()
                .map(c -> new Clause(c.getString("heading"), c.getString("text"))).toList(),
                date(o, "starts"), date(o, "ends"), date(o, "review"), fields,
                o.getJsonArray("schedules").getValuesAs(JsonObject.class).stream()
                .map(c -> new NamedSchedule(c.getString("name"), c.getString("text"))).toList());
    }

    private static LocalDate date(JsonObject o, String name) {
        return o.containsKey(name) ? LocalDate.parse(o.getString(name)) : null;
    }

    /** RFC 8785 serialisation of JSON the portal built. */
    static String canonical(JsonObject json) {
        try {
            return new JsonCanonicalizer(json.toString()).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException("JSON the portal built could not be canonicalised", e);
        }
    }

    /** SHA-256 of the canonical form's UTF-8 bytes, lower-case hex. */
    public String digest() {
        return sha256(canonical());
    }

    /** The digest of a version's stored canonical form. */
    public static String digestOf(String canonical) {
        return sha256(canonical);
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    /** NFC, LF line breaks; null as empty. */
    static String text(String s) {
        return s == null ? "" : Normalizer.normalize(s.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    }
}
