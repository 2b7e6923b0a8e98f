package io.omninode.migrations.schema;

import java.util.Objects;

/**
 * A sequence: {@code Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.startWith(1000))}.
 *
 * @param name the sequence name
 * @param options its options
 */
public record Sequence(QualifiedName name, SequenceOptions options) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
    }

    /** A sequence with PostgreSQL's defaults: {@code Sequence.of("invoice_number")}. */
    public static Sequence of(String name) {
        return new Sequence(QualifiedName.of(name), SequenceOptions.DEFAULTS);
    }

    /** The same sequence with options: {@code options(SequenceOptions.DEFAULTS.startWith(1000))}. */
    public Sequence options(SequenceOptions newOptions) {
        return new Sequence(name, newOptions);
    }
}
