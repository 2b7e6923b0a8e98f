package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Adds a primary key to a table.
 *
 * @param table the table
 * @param primaryKey the key
 */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements SchemaChange {

    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
