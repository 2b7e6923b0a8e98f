package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.Table;
import java.util.Objects;

/**
 * Creates a table with its columns and constraints, and its comments.
 *
 * @param table the table
 * @param ifNotExists skip silently when a table of that name exists
 */
public record CreateTable(Table table, boolean ifNotExists) implements SchemaChange {

    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
