package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.Sequence;
import java.util.Objects;

/**
 * Sets every option of an existing sequence, and its owner, to {@code sequence}'s ({@code ALTER SEQUENCE});
 * an option left null returns to PostgreSQL's default, a null owner is {@code OWNED BY NONE}. Unlike dropping
 * and creating it, the sequence keeps its current value and the defaults that call it.
 *
 * <pre>{@code
 * new AlterSequence(Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.incrementBy(5)))
 * new AlterSequence(Sequence.of("invoice_number").ownedBy("invoice", "number"))
 * }</pre>
 *
 * @param sequence the sequence's name, its options and owner after the change
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
