package io.omninode.migrations.internal.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads test results back from pg_catalog and information_schema (or any query). */
final class Catalog {

    private final Connection connection;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** The first column of the only row, as text; null when there is no row. */
    String one(String sql, Object... parameters) throws SQLException {
        List<String> values = list(sql, parameters);
        if (values.size() > 1) {
            throw new AssertionError("expected at most one row from " + sql + ", got " + values);
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row, as text. */
    List<String> list(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    boolean tableExists(String schema, String table) throws SQLException {
        return one("select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
                schema, table).equals("1");
    }

    /** {@code YES}/{@code NO}, like information_schema. */
    String nullable(String table, String column) throws SQLException {
        return columnAttribute("is_nullable", table, column);
    }

    String columnDefault(String table, String column) throws SQLException {
        return columnAttribute("column_default", table, column);
    }

    /** {@code ALWAYS}, {@code BY DEFAULT}, or null for an ordinary column. */
    String identityGeneration(String table, String column) throws SQLException {
        return columnAttribute("identity_generation", table, column);
    }

    private String columnAttribute(String attribute, String table, String column) throws SQLException {
        return one("select " + attribute + " from information_schema.columns where table_schema = 'public'"
                + " and table_name = ? and column_name = ?", table, column);
    }

    /** The column's type as {@code format_type} prints it, e.g. {@code character varying(320)}. */
    String columnType(String table, String column) throws SQLException {
        return one("select format_type(atttypid, atttypmod) from pg_attribute"
                + " where attrelid = to_regclass(quote_ident(?)) and attname = ?", table, column);
    }

    /** The definition of a named constraint as PostgreSQL prints it back. */
    String constraint(String table, String name) throws SQLException {
        return one("select pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = to_regclass(quote_ident(?)) and conname = ?", table, name);
    }

    /** The definition of an index as PostgreSQL prints it back. */
    String index(String name) throws SQLException {
        return one("select pg_get_indexdef(to_regclass(quote_ident(?)))", name);
    }
}
