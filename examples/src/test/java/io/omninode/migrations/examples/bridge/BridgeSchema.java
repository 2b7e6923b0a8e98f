package io.omninode.migrations.examples.bridge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Which tables, columns and enum labels the scratch database has at a step, so seeds fit every revision. */
record BridgeSchema(Set<String> columns, Set<String> enumValues) {

    static BridgeSchema read(Connection connection) throws SQLException {
        return new BridgeSchema(
                strings(connection, "select table_name || '.' || column_name from information_schema.columns"
                        + " where table_schema = current_schema()"),
                strings(connection, "select t.typname || '.' || e.enumlabel from pg_enum e join pg_type t on t.oid ="
                        + " e.enumtypid where t.typnamespace = current_schema()::regnamespace"));
    }

    /** The tables, by name. */
    Set<String> tables() {
        return columns.stream().map(c -> c.substring(0, c.indexOf('.'))).collect(Collectors.toSet());
    }

    /** This schema without the tables not in {@code tables}. */
    BridgeSchema seededIn(Set<String> tables) {
        return new BridgeSchema(columns.stream().filter(c -> tables.contains(c.substring(0, c.indexOf('.'))))
                .collect(Collectors.toSet()), enumValues);
    }

    boolean has(String table) {
        return columns.stream().anyMatch(c -> c.startsWith(table + "."));
    }

    boolean has(String table, String column) {
        return columns.contains(table + "." + column);
    }

    boolean hasEnumValue(String type, String label) {
        return enumValues.contains(type + "." + label);
    }

    private static Set<String> strings(Connection connection, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
