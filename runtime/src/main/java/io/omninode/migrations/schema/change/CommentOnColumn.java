package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.Objects;

/**
 * Sets or (with a null comment) removes a column's comment.
 *
 * @param table the table
 * @param column the column
 * @param comment the comment, or null to remove it
 */
public record CommentOnColumn(QualifiedName table, String column, String comment) implements SchemaChange {

    public CommentOnColumn {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkName("column name", column);
        SqlFragments.checkText("column comment", comment);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
