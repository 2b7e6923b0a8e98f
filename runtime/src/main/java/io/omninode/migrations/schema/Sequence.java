package io.omninode.migrations.schema;

import java.util.Objects;

/**
 * A sequence: {@code Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.startWith(1000))},
 * {@code Sequence.of("invoice_number").ownedBy("invoice", "number")}.
 *
 * @param name the sequence name
 * @param options its options
 * @param ownedBy the column that owns it ({@code OWNED BY}: dropping the column or its table drops the
 *     sequence), or null
 */
public record Sequence(QualifiedName name, SequenceOptions options, Owner ownedBy) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
    }

    /** A sequence no column owns. */
    public Sequence(QualifiedName name, SequenceOptions options) {
        this(name, options, null);
    }

    /** A sequence with PostgreSQL's defaults: {@code Sequence.of("invoice_number")}. */
    public static Sequence of(String name) {
        return new Sequence(QualifiedName.of(name), SequenceOptions.DEFAULTS);
    }

    /** The same sequence with options: {@code options(SequenceOptions.DEFAULTS.startWith(1000))}. */
    public Sequence options(SequenceOptions newOptions) {
        return new Sequence(name, newOptions, ownedBy);
    }

    /** The same sequence owned by a column of a table in its schema: {@code ownedBy("invoice", "number")}. */
    public Sequence ownedBy(String table, String column) {
        return ownedBy(new Owner(table, column));
    }

    /** The same sequence owned by {@code owner}, or by no column when it is null. */
    public Sequence ownedBy(Owner owner) {
        return new Sequence(name, options, owner);
    }

    /** The owning table's qualified name (PostgreSQL keeps a sequence in its owner's schema), or null. */
    public QualifiedName ownerTable() {
        return ownedBy == null ? null : name.withName(ownedBy.table());
    }

    /**
     * The column a sequence belongs to.
     *
     * @param table the table, in the sequence's schema
     * @param column the column
     */
    public record Owner(String table, String column) {
        public Owner {
            SqlFragments.checkName("owning table", table);
            SqlFragments.checkName("owning column", column);
        }
    }
}
