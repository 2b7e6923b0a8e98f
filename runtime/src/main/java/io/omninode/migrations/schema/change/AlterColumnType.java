package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import io.omninode.migrations.schema.SqlType;
import java.util.Objects;

/**
 * Changes a column's type, converting existing values with an optional {@code USING} expression.
 * Destructive: a narrower type can fail on, or silently round, existing data.
 *
 * @param table the table
 * @param column the column
 * @param type the new type
 * @param using the SQL expression converting old values, e.g. {@code status::node_status}, or null
 */
public record AlterColumnType(QualifiedName table, String column, SqlType type,
        String using) implements DestructiveChange {

    public AlterColumnType {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("column name", column);
        Objects.requireNonNull(type, "type");
        if (using != null) {
            SqlFragments.checkExpression("USING expression", using);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
