package org.carecommunities.benchmark;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes entities built in memory by the portal's own domain code (so they keep its rules: an agreement's audit trail
 * chained by its own hashing, say) as rows, by their JPA mapping: each entity's table, its columns (a field's
 * {@code @Column} name, else its name), a {@code @ManyToOne} as its {@code @JoinColumn}'s id, an enum as
 * {@code @Enumerated} says. Collections are the caller's to write. Ids are given here, as the database would.
 * Inserts are batched; {@link #flush()} sends what is waiting, table by table in the order each was first written
 * (a parent's table before its children's: write an entity before what refers to it).
 */
final class EntityRows implements AutoCloseable {

    private record Mapping(String sql, List<Field> fields) {
    }

    private final Connection db;
    private final Map<Class<?>, Mapping> mappings = new HashMap<>();
    /** In the order each table was first written: parents before their children. */
    private final Map<Class<?>, PreparedStatement> statements = new java.util.LinkedHashMap<>();
    private final int batch;
    private int waiting;

    EntityRows(Connection db, int batch) {
        this.db = db;
        this.batch = batch;
    }

    /** Gives an entity its id, as the database would on insert. */
    static void id(Object entity, long id) {
        for (Field field : fields(entity.getClass())) {
            if (field.isAnnotationPresent(Id.class)) {
                set(field, entity, field.getType() == long.class ? (Object) id : Long.valueOf(id));
                return;
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no @Id");
    }

    /** The table an entity's rows go to. */
    static String table(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null) {
            throw new IllegalArgumentException(type + " has no @Table");
        }
        return table.name();
    }

    /** The entity's id (a relation's target, for its join column). */
    static Object idOf(Object entity) {
        for (Field field : fields(entity.getClass())) {
            if (field.isAnnotationPresent(Id.class)) {
                return get(field, entity);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no @Id");
    }

    /** Adds the entity's row to its table's batch. */
    void insert(Object entity) throws SQLException {
        Class<?> type = entity.getClass();
        Mapping mapping = mappings.computeIfAbsent(type, EntityRows::mapping);
        PreparedStatement insert = statements.get(type);
        if (insert == null) {
            insert = db.prepareStatement(mapping.sql());
            statements.put(type, insert);
        }
        int i = 1;
        for (Field field : mapping.fields()) {
            Object value = get(field, entity);
            if (field.isAnnotationPresent(ManyToOne.class)) {
                value = value == null ? null : idOf(value);
            }
            bind(insert, i++, value, field);
        }
        insert.addBatch();
        if (++waiting >= batch) {
            flush();
        }
    }

    /** Sends every table's waiting rows, in the order the tables were first written (parents before children). */
    void flush() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
        }
        waiting = 0;
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }

    private static Mapping mapping(Class<?> type) {
        List<Field> mapped = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Field field : fields(type)) {
            if (field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ElementCollection.class)
                    || field.isAnnotationPresent(ManyToMany.class) || field.isAnnotationPresent(Transient.class)) {
                continue;
            }
            if (field.isAnnotationPresent(ManyToOne.class)) {
                columns.add(field.getAnnotation(JoinColumn.class).name());
            } else {
                Column column = field.getAnnotation(Column.class);
                columns.add(column == null || column.name().isEmpty() ? field.getName() : column.name());
            }
            mapped.add(field);
        }
        String sql = "INSERT INTO " + table(type) + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        return new Mapping(sql, List.copyOf(mapped));
    }

    /** The persistent fields of a type and its mapped superclasses, in declaration order. */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isSynthetic()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static void bind(PreparedStatement insert, int i, Object value, Field field) throws SQLException {
        if (value == null) {
            insert.setNull(i, sqlType(field.getType()));
        } else if (value instanceof Enum<?> e) {
            Enumerated enumerated = field.getAnnotation(Enumerated.class);
            if (enumerated != null && enumerated.value() == EnumType.STRING) {
                insert.setString(i, e.name());
            } else {
                insert.setInt(i, e.ordinal());
            }
        } else if (value instanceof LocalDateTime t) {
            insert.setTimestamp(i, Timestamp.valueOf(t));
        } else if (value instanceof Instant t) {
            insert.setTimestamp(i, Timestamp.from(t));
        } else if (value instanceof LocalDate d) {
            insert.setDate(i, java.sql.Date.valueOf(d));
        } else {
            insert.setObject(i, value);
        }
    }

    private static int sqlType(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return Types.VARCHAR;
        }
        if (type == LocalDateTime.class || type == Instant.class) {
            return Types.TIMESTAMP;
        }
        if (type == LocalDate.class) {
            return Types.DATE;
        }
        if (type == Boolean.class) {
            return Types.BOOLEAN;
        }
        if (type == Integer.class) {
            return Types.INTEGER;
        }
        return Types.BIGINT;
    }

    private static Object get(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field field, Object entity, Object value) {
        try {
            field.set(entity, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
