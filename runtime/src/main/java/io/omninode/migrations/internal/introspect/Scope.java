package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.QualifiedName;
import java.util.List;
import java.util.Set;

/**
 * Which schemas a reading covers and how their names enter the model: the first schema is the
 * default one, whose objects are unqualified (as in entities and snapshots, where no schema means
 * the search path); the tables to skip are the migration tool's own.
 *
 * @param schemas the schemas, the default one first
 * @param skipped tables left out (the version table, the audit table), schema-qualified
 */
record Scope(List<String> schemas, Set<QualifiedName> skipped) {

    Scope {
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("name at least one schema to read, e.g. public");
        }
        schemas = List.copyOf(schemas);
        skipped = Set.copyOf(skipped);
    }

    /** The model's name of {@code schema.name}. */
    QualifiedName name(String schema, String name) {
        return QualifiedName.of(schema.equals(schemas.get(0)) ? null : schema, name);
    }

    /** The model's schema for an object in {@code schema}: null for the default schema. */
    String schema(String schema) {
        return schema == null || schema.equals(schemas.get(0)) ? null : schema;
    }

    boolean isSkipped(String schema, String table) {
        return skipped.contains(QualifiedName.of(schema, table));
    }

    boolean covers(String schema) {
        return schemas.contains(schema);
    }
}
