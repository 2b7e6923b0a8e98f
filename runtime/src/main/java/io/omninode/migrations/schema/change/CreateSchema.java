package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.SqlFragments;

/**
 * Creates a schema.
 *
 * @param name the schema name
 * @param ifNotExists skip silently when it exists
 */
public record CreateSchema(String name, boolean ifNotExists) implements SchemaChange {

    public CreateSchema {
        SqlFragments.checkName("schema name", name);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
