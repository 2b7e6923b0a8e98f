package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.Index;
import java.util.Objects;

/**
 * Creates an index; {@code CONCURRENTLY} cannot run inside a transaction block.
 *
 * @param index the index
 * @param concurrently build without locking out writes
 * @param ifNotExists skip silently when an index of that name exists
 */
public record CreateIndex(Index index, boolean concurrently, boolean ifNotExists) implements SchemaChange {

    public CreateIndex {
        Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
