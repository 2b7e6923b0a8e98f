package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Drops an index; {@code CONCURRENTLY} cannot run inside a transaction block.
 *
 * @param index the index (in its table's schema)
 * @param concurrently drop without locking out the table
 * @param ifExists no error when it does not exist
 * @param cascade also drop objects that depend on it
 */
public record DropIndex(QualifiedName index, boolean concurrently, boolean ifExists,
        boolean cascade) implements SchemaChange {

    public DropIndex {
        Objects.requireNonNull(index, "index");
        if (concurrently && cascade) {
            throw new IllegalArgumentException("PostgreSQL cannot drop index " + index + " CONCURRENTLY with CASCADE");
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
