package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.Sequence;
import java.util.Objects;

/**
 * Sets every option of an existing sequence to {@code sequence}'s ({@code ALTER SEQUENCE}); an option left
 * null returns to PostgreSQL's default. Unlike dropping and creating it, the sequence keeps its current
 * value, its ownership and the defaults that call it.
 *
 * <pre>{@code
 * new AlterSequence(Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.incrementBy(5)))
 * }</pre>
 *
 * @param sequence the sequence's name and its options after the change
 */
public record AlterSequence(Sequence sequence) implements SchemaChange {

    public AlterSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
