package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Drops a constraint of any kind by name.
 *
 * @param table the table
 * @param name the constraint name
 * @param ifExists no error when it does not exist
 * @param cascade also drop objects that depend on it
 */
public record DropConstraint(QualifiedName table, String name, boolean ifExists,
        boolean cascade) implements SchemaChange {

    public DropConstraint {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("constraint name", name);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
