package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Switches an identity column between {@code ALWAYS} and {@code BY DEFAULT}.
 *
 * @param table the table
 * @param column the column
 * @param generation the new generation
 */
public record SetIdentityGeneration(QualifiedName table, String column,
        Identity.Generation generation) implements SchemaChange {

    public SetIdentityGeneration {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("column name", column);
        Objects.requireNonNull(generation, "generation");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
