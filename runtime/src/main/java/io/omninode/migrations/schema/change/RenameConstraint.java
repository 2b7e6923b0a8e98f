package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Renames a constraint of a table (for a primary key or unique constraint, its index too).
 *
 * @param table the table
 * @param name the constraint name
 * @param newName its new name
 */
public record RenameConstraint(QualifiedName table, String name, String newName) implements SchemaChange {

    public RenameConstraint {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("constraint name", name);
        SqlFragments.checkName("new constraint name", newName);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
