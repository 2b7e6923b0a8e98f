package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.ConnectionException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the catalog queries of one reading, each with the schema names as its only parameter
 * ({@code any(?::text[])}), and counts them: the count is the introspection's cost, which must not
 * grow with the number of tables.
 */
final class CatalogQuery {

    /** Reads one row; columns by position, as the query lists them. */
    interface Rows {
        void row(ResultSet rows) throws SQLException;
    }

    private final Connection connection;
    private final List<String> schemas;
    private int count;

    CatalogQuery(Connection connection, List<String> schemas) {
        this.connection = connection;
        this.schemas = List.copyOf(schemas);
    }

    /** Runs {@code sql} (each {@code ?} is the schema list) and hands every row to {@code reader}. */
    void run(String what, String sql, Rows reader) {
        count++;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array names = connection.createArrayOf("text", schemas.toArray());
            // no catalog query uses ? for anything else (no jsonb operators)
            long parameters = sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                statement.setArray(i, names);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.row(rows);
                }
            }
        } catch (SQLException e) {
            throw new ConnectionException("could not read the " + what + " of schemas " + schemas
                    + " from the catalog: " + e.getMessage() + " (the user needs read access to pg_catalog,"
                    + " on PostgreSQL 13 or later)", e);
        }
    }

    int count() {
        return count;
    }

    /**
     * The numbers of an {@code int2vector} or {@code oidvector} ({@code 1 3}) or of an integer array
     * ({@code {1,3}}) read as text: cheaper for the driver than an array, and for the server than a subquery;
     * SQL NULL is an empty array.
     */
    static long[] numbers(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        if (text == null) {
            return new long[0];
        }
        long[] numbers = new long[text.length() / 2 + 1];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '-' && (c < '0' || c > '9')) {
                i++;
                continue;
            }
            boolean negative = c == '-';
            long value = 0;
            for (i = negative ? i + 1 : i; i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
                value = value * 10 + text.charAt(i) - '0';
            }
            numbers[count++] = negative ? -value : value;
        }
        return Arrays.copyOf(numbers, count);
    }

    /** A {@code text[]} column as a list; SQL NULL elements stay null. */
    static List<String> strings(ResultSet rows, int column) throws SQLException {
        Array array = rows.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }
}
