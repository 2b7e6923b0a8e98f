package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.SqlFragments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Raw SQL, with JDBC {@code ?} placeholders bound to {@code parameters} (never concatenated).
 * Opaque to the schema model: the diff never produces it, and {@code Schema.apply} cannot follow it.
 *
 * @param sql one statement
 * @param parameters the values for its placeholders, in order; nulls allowed
 */
public record ExecuteSql(String sql, List<Object> parameters) implements SchemaChange {

    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("execute needs a SQL statement, got a blank string");
        }
        SqlFragments.checkText("sql", sql);
        // List.copyOf refuses nulls, and SQL NULL is a legitimate parameter.
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
