package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.Exclusion;
import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Adds an exclusion constraint; dropping one is {@link DropConstraint}.
 *
 * @param table the table
 * @param exclusion the constraint
 */
public record AddExclusion(QualifiedName table, Exclusion exclusion) implements SchemaChange {

    public AddExclusion {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(exclusion, "exclusion");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
