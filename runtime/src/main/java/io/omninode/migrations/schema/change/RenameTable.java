package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Renames a table, keeping its schema.
 *
 * @param table the table
 * @param newName its new name (unqualified)
 */
public record RenameTable(QualifiedName table, String newName) implements SchemaChange {

    public RenameTable {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("new table name", newName);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
