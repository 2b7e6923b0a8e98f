package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Drops a table and its data.
 *
 * @param table the table
 * @param ifExists no error when it does not exist
 * @param cascade also drop objects that depend on it
 */
public record DropTable(QualifiedName table, boolean ifExists, boolean cascade) implements DestructiveChange {

    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
