package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Renames a column.
 *
 * @param table the table
 * @param column the column
 * @param newName its new name
 */
public record RenameColumn(QualifiedName table, String column, String newName) implements SchemaChange {

    public RenameColumn {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("column name", column);
        SqlFragments.checkName("new column name", newName);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
