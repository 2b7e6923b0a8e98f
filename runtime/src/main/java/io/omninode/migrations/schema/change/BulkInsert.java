package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlFragments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Inserts rows into a table; values are bound as parameters, never concatenated.
 *
 * @param table the table
 * @param columns the columns every row gives, in order
 * @param rows the rows, each with one value per column; nulls allowed
 */
public record BulkInsert(QualifiedName table, List<String> columns,
        List<List<Object>> rows) implements SchemaChange {

    public BulkInsert {
        Objects.requireNonNull(table, "table");
        columns = SqlFragments.checkNames("bulk insert columns", columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("bulk insert into " + table + ": row " + (copy.size() + 1) + " has "
                        + row.size() + " values for " + columns.size() + " columns " + columns);
            }
            // List.copyOf refuses nulls, and SQL NULL is a legitimate value.
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
