package io.omninode.migrations.schema;

import java.util.Objects;

/**
 * The name of a table, type, sequence or index, in a schema or (when {@code schema} is null)
 * wherever the {@code search_path} finds it.
 *
 * <p>A dot inside {@code name} is part of the name, not a schema separator: use
 * {@link #of(String, String)} for a qualified name.
 *
 * @param schema the schema, or null for the search path
 * @param name the object's name
 */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        SqlFragments.checkOptionalName("schema name", schema);
        SqlFragments.checkName("name", name);
    }

    /** An unqualified name, e.g. {@code QualifiedName.of("node")}. */
    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    /** A schema-qualified name, e.g. {@code QualifiedName.of("audit", "event")}; a null schema means none. */
    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    /** This name in {@code schema} unless it already names one. */
    public QualifiedName inSchemaIfAbsent(String defaultSchema) {
        return schema != null || defaultSchema == null ? this : new QualifiedName(defaultSchema, name);
    }

    /** The same schema with another name, as after a rename. */
    public QualifiedName withName(String newName) {
        return new QualifiedName(schema, newName);
    }

    /*
     * Written out: tables and indexes are looked up by name thousands of times a diff, and the generated
     * record methods go through a method handle each call.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof QualifiedName q && name.equals(q.name) && Objects.equals(schema, q.schema);
    }

    @Override
    public int hashCode() {
        return 31 * (schema == null ? 0 : schema.hashCode()) + name.hashCode();
    }

    /** {@code schema.name} or {@code name}, unquoted, for messages. */
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
