package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Sets or (with a null default) drops a column's server default.
 *
 * @param table the table
 * @param column the column
 * @param defaultValue a literal value or SQL expression, or null to drop the default
 */
public record AlterColumnDefault(QualifiedName table, String column,
        ColumnDefault defaultValue) implements SchemaChange {

    public AlterColumnDefault {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("column name", column);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
