package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Drops a sequence (and its current value).
 *
 * @param sequence the sequence
 * @param ifExists no error when it does not exist
 * @param cascade also drop objects that depend on it
 */
public record DropSequence(QualifiedName sequence, boolean ifExists,
        boolean cascade) implements DestructiveChange {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
