package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.SqlFragments;

/**
 * Installs an extension such as {@code pgcrypto} or {@code pg_trgm}.
 *
 * @param name the extension name
 * @param schema the schema for its objects, or null for the default
 * @param ifNotExists skip silently when it is installed
 */
public record CreateExtension(String name, String schema, boolean ifNotExists) implements SchemaChange {

    public CreateExtension {
        SqlFragments.checkName("extension name", name);
        SqlFragments.checkOptionalName("extension schema", schema);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
