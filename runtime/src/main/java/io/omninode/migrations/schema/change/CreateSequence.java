package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.Sequence;
import java.util.Objects;

/**
 * Creates a sequence.
 *
 * @param sequence the sequence
 * @param ifNotExists skip silently when it exists
 */
public record CreateSequence(Sequence sequence, boolean ifNotExists) implements SchemaChange {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
