package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Adds a column (with its comment, if any) to a table.
 *
 * @param table the table
 * @param column the new column
 * @param ifNotExists skip silently when the column exists
 */
public record AddColumn(QualifiedName table, Column column, boolean ifNotExists) implements SchemaChange {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
