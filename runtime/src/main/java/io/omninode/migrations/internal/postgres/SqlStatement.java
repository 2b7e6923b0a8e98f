package io.omninode.migrations.internal.postgres;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One rendered statement: its text, and values for its JDBC {@code ?} placeholders.
 *
 * @param sql the statement text, without a trailing semicolon
 * @param parameters the bound values, in placeholder order; nulls allowed
 */
public record SqlStatement(String sql, List<Object> parameters) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        // List.copyOf refuses nulls, and SQL NULL is a legitimate parameter.
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** A statement without parameters. */
    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, List.of());
    }
}
