package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Renames an index, which stays in its table's schema.
 *
 * @param index the index
 * @param newName its new name (unqualified)
 */
public record RenameIndex(QualifiedName index, String newName) implements SchemaChange {

    public RenameIndex {
        Objects.requireNonNull(index, "index");
        SqlFragments.checkName("new index name", newName);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
