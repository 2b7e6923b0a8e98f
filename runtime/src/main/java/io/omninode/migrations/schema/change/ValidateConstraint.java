package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Checks existing rows against a constraint added {@code NOT VALID}.
 *
 * @param table the table
 * @param name the constraint name
 */
public record ValidateConstraint(QualifiedName table, String name) implements SchemaChange {

    public ValidateConstraint {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("constraint name", name);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
