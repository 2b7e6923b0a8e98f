package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Makes a column {@code NOT NULL} or nullable.
 *
 * @param table the table
 * @param column the column
 * @param nullable true to drop NOT NULL, false to set it
 */
public record AlterColumnNullability(QualifiedName table, String column,
        boolean nullable) implements SchemaChange {

    public AlterColumnNullability {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("column name", column);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
