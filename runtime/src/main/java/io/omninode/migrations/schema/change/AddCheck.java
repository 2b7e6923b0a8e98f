package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Adds a check constraint; {@code NOT VALID} skips checking existing rows.
 *
 * @param table the table
 * @param check the constraint
 * @param notValid check only new rows until validated
 */
public record AddCheck(QualifiedName table, CheckConstraint check, boolean notValid) implements SchemaChange {

    public AddCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
