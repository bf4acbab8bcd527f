package org.carecommunities.identity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What one module holds about a member, for their rights under UK GDPR: its part of the copy they download, and
 * of the erasure when they delete their account. Every module implements it (this module too); the identity
 * module gathers them ({@code identity.rights.DataRights}), so a module added later is never left out of either.
 * Each names the tables it owns, covered or exempt with a reason; a test fails on a table no module names.
 */
public interface PersonalData {

    /** The member number left where a former member's was (an author's, say): nobody's, the same for all. */
    long NOBODY = 0L;

    /** The module, as the copy's key for its part. */
    String module();

    /** Everything the module holds about the member, as JSON for them to read. */
    JsonObject copy(MemberDetails member);

    /**
     * Forgets the member, in the erasure's transaction: what only concerns them goes, what others rely on (posts
     * in threads, signatures on agreements) stays without who they were.
     */
    void erase(MemberDetails member, Erasure erasure);

    /**
     * Deletes what the module keeps only for a while (searches that found nothing, ended sign-ins) once older than
     * its configured period, in the caller's transaction; returns how many rows went. Most modules keep nothing so.
     */
    default int expire(LocalDateTime now) {
        return 0;
    }

    /** The tables the module owns, each covered by {@link #copy} and {@link #erase}, or exempt with a reason. */
    List<Table> tables();

    /**
     * How the member chose to be forgotten.
     *
     * @param keepWords whether their posts keep their words (as "a former member") or lose them
     */
    record Erasure(boolean keepWords) {
    }

    /** A table and whether it holds anything about a member ({@code exemptBecause} null when it does). */
    record Table(String name, String exemptBecause) {

        public Table {
            Objects.requireNonNull(name);
        }

        public static Table covered(String name) {
            return new Table(name, null);
        }

        public static Table exempt(String name, String because) {
            return new Table(name, Objects.requireNonNull(because));
        }

        public boolean covered() {
            return exemptBecause == null;
        }
    }

    /**
     * Rows read by a native query as JSON objects with the given keys, in order: text, numbers, true/false,
     * dates and times (UTC) as ISO 8601; empty values left out.
     */
    static JsonArray rows(List<?> rows, String... keys) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object row : rows) {
            Object[] values = row instanceof Object[] many ? many : new Object[] {row};
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (int i = 0; i < keys.length && i < values.length; i++) {
                add(object, keys[i], values[i]);
            }
            array.add(object);
        }
        return array.build();
    }

    /** The rows a native query finds for one parameter ({@code ?1}: the member's number, say), as {@link #rows}. */
    static JsonArray rows(jakarta.persistence.EntityManager em, String sql, Object parameter, String... keys) {
        return rows(em.createNativeQuery(sql).setParameter(1, parameter).getResultList(), keys);
    }

    private static void add(JsonObjectBuilder object, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Boolean b) {
            object.add(key, b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            object.add(key, ((Number) value).longValue());
        } else if (value instanceof Number n) {
            object.add(key, n.doubleValue());
        } else if (value instanceof java.sql.Timestamp t) {
            object.add(key, t.toLocalDateTime().atOffset(ZoneOffset.UTC).toString());
        } else if (value instanceof LocalDateTime t) {
            object.add(key, t.atOffset(ZoneOffset.UTC).toString());
        } else if (value instanceof java.sql.Date d) {
            object.add(key, d.toLocalDate().toString());
        } else if (value instanceof LocalDate d) {
            object.add(key, d.toString());
        } else {
            object.add(key, value.toString());
        }
    }
}
