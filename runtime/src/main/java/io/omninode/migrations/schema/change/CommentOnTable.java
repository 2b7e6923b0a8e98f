package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Sets or (with a null comment) removes a table's comment.
 *
 * @param table the table
 * @param comment the comment, or null to remove it
 */
public record CommentOnTable(QualifiedName table, String comment) implements SchemaChange {

    public CommentOnTable {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkText("table comment", comment);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
