package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.SqlFragments;

/**
 * Drops a schema; with {@code cascade}, everything in it.
 *
 * @param name the schema name
 * @param ifExists no error when it does not exist
 * @param cascade also drop everything in it
 */
public record DropSchema(String name, boolean ifExists, boolean cascade) implements DestructiveChange {

    public DropSchema {
        SqlFragments.checkName("schema name", name);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
