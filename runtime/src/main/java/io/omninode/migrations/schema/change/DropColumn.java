package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Drops a column and its data.
 *
 * @param table the table
 * @param column the column
 * @param ifExists no error when it does not exist
 * @param cascade also drop objects that depend on it
 */
public record DropColumn(QualifiedName table, String column, boolean ifExists,
        boolean cascade) implements DestructiveChange {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("column name", column);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
