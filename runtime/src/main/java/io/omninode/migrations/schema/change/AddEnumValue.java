package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Adds a label to an enum type, last or next to an existing label.
 *
 * <p>PostgreSQL 12 and later run it inside a transaction block, but the new label cannot be used
 * (inserted, compared) until that transaction commits: use it in a later migration, or mark the
 * migration {@code transactional = false}. Before PostgreSQL 12 it cannot run in a transaction at all.
 *
 * @param type the type
 * @param value the new label
 * @param before an existing label to insert before, or null
 * @param after an existing label to insert after, or null
 * @param ifNotExists skip silently when the label exists
 */
public record AddEnumValue(QualifiedName type, String value, String before, String after,
        boolean ifNotExists) implements SchemaChange {

    public AddEnumValue {
        Objects.requireNonNull(type, "type");
        EnumType.checkLabel(value);
        if (before != null && after != null) {
            throw new IllegalArgumentException("enum value \"" + value + "\" can go before or after a label, not both");
        }
        if (before != null) {
            EnumType.checkLabel(before);
        }
        if (after != null) {
            EnumType.checkLabel(after);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
