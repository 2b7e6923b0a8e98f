package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Makes an identity column an ordinary column (its sequence is dropped).
 *
 * @param table the table
 * @param column the column
 * @param ifExists no error when the column is not an identity
 */
public record DropIdentity(QualifiedName table, String column, boolean ifExists) implements SchemaChange {

    public DropIdentity {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("column name", column);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
