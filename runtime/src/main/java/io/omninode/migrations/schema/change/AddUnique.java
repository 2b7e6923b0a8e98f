package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Unique;
import java.util.Objects;

/**
 * Adds a unique constraint.
 *
 * @param table the table
 * @param unique the constraint
 */
public record AddUnique(QualifiedName table, Unique unique) implements SchemaChange {

    public AddUnique {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
