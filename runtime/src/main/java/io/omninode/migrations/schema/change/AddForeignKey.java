package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Adds a foreign key; {@code NOT VALID} skips checking existing rows (see {@link ValidateConstraint}).
 *
 * @param table the referencing table
 * @param foreignKey the key
 * @param notValid check only new rows until validated
 */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey,
        boolean notValid) implements SchemaChange {

    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
