package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Makes an existing {@code NOT NULL} column an identity column.
 *
 * @param table the table
 * @param column the column
 * @param identity how values are generated
 */
public record AddIdentity(QualifiedName table, String column, Identity identity) implements SchemaChange {

    public AddIdentity {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("column name", column);
        Objects.requireNonNull(identity, "identity");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
