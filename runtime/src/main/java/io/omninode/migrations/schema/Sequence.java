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

    public static Sequence of(String name) {
        return new Sequence(QualifiedName.of(name), SequenceOptions.DEFAULTS);
    }

    public Sequence options(SequenceOptions newOptions) {
        return new Sequence(name, newOptions);
    }
}
