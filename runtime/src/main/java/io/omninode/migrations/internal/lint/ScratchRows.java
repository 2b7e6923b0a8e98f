package io.omninode.migrations.internal.lint;

import io.omninode.migrations.schema.SqlText;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every table of the scratch database a few rows, so a migration meets tables that are not empty:
 * a value of each column's type (the first label of an enum, a referenced row for a foreign key), referenced
 * tables first. A table that refuses the rows (a check it cannot guess) stays empty and is named in a note.
 */
final class ScratchRows {

    static final int ROWS = 3;

    private static final String COLUMNS = """
            SELECT c.oid, quote_ident(n.nspname) || '.' || quote_ident(c.relname), quote_ident(a.attname),
                   format_type(a.atttypid, a.atttypmod), t.typtype, t.typcategory, t.typname,
                   a.attidentity = 'a' OR a.attgenerated <> '' OR d.adrelid IS NOT NULL, a.attnum
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
            ORDER BY c.oid, a.attnum""";
    private static final String FOREIGN_KEYS = """
            SELECT f.conrelid, k.attnum, quote_ident(n.nspname) || '.' || quote_ident(r.relname), quote_ident(ra.attname)
            FROM pg_constraint f
            JOIN LATERAL unnest(f.conkey, f.confkey) AS k(attnum, refnum) ON true
            JOIN pg_class r ON r.oid = f.confrelid
            JOIN pg_namespace n ON n.oid = r.relnamespace
            JOIN pg_attribute ra ON ra.attrelid = r.oid AND ra.attnum = k.refnum
            WHERE f.contype = 'f'""";

    private record Col(String name, String type, String typtype, String category, String typname, boolean defaulted,
            int attnum) {}

    private ScratchRows() {}

    /** Fills every table; returns the tables left empty, with the reason. */
    static List<String> fill(Connection connection) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<Col>> columns = new HashMap<>();
        Map<String, String> references = new HashMap<>();
        Map<Long, List<String>> parents = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(COLUMNS)) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                    columns.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Col(rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                            rs.getInt(9)));
                }
            }
            try (ResultSet rs = statement.executeQuery(FOREIGN_KEYS)) {
                while (rs.next()) {
                    references.put(rs.getLong(1) + ":" + rs.getInt(2), rs.getString(3) + "\u0000" + rs.getString(4));
                    parents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        List<String> empty = new ArrayList<>();
        for (Long table : referencedFirst(names, parents)) {
            String name = names.get(table);
            String insert = insert(name, table, columns.get(table), references);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SAVEPOINT lint_fill");
                try {
                    statement.execute(insert);
                } catch (SQLException e) {
                    statement.execute("ROLLBACK TO SAVEPOINT lint_fill");
                    empty.add(name + " (" + ScratchMeasurement.message(e) + ")");
                }
                statement.execute("RELEASE SAVEPOINT lint_fill");
            }
        }
        return empty;
    }

    private static List<Long> referencedFirst(Map<Long, String> names, Map<Long, List<String>> parents) {
        List<Long> ordered = new ArrayList<>();
        List<Long> pending = new ArrayList<>(names.keySet());
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (Long table : List.copyOf(pending)) {
                boolean ready = parents.getOrDefault(table, List.of()).stream()
                        .allMatch(p -> p.equals(names.get(table)) || ordered.stream().anyMatch(o -> names.get(o).equals(p)));
                if (ready) {
                    ordered.add(table);
                    pending.remove(table);
                }
            }
            if (pending.size() == before) {
                ordered.addAll(pending); // a reference cycle: insert in catalog order, what fails stays empty
                break;
            }
        }
        return ordered;
    }

    private static String insert(String table, long oid, List<Col> columns, Map<String, String> references) {
        List<Col> filled = columns.stream().filter(c -> !c.defaulted()).toList();
        if (filled.isEmpty()) {
            return "INSERT INTO " + table + " SELECT FROM generate_series(1, " + ROWS + ")";
        }
        List<String> rows = new ArrayList<>();
        for (int row = 1; row <= ROWS; row++) {
            List<String> values = new ArrayList<>();
            for (Col column : filled) {
                String reference = references.get(oid + ":" + column.attnum());
                values.add(reference != null ? referenced(reference, row) : value(column, row));
            }
            rows.add("(" + String.join(", ", values) + ")");
        }
        return "INSERT INTO " + table + " (" + String.join(", ", filled.stream().map(Col::name).toList()) + ") VALUES "
                + String.join(", ", rows);
    }

    private static String referenced(String reference, int row) {
        String[] parts = reference.split("\u0000");
        return "(SELECT " + parts[1] + " FROM " + parts[0] + " ORDER BY 1 OFFSET " + (row - 1) + " LIMIT 1)";
    }

    /** A value of the column's type that differs per row, so unique columns accept all rows. */
    private static String value(Col column, int row) {
        String type = column.type();
        if (column.typtype().equals("e")) {
            return "enum_first(NULL::" + type + ")";
        }
        switch (column.category()) {
            case "N":
                return Integer.toString(row);
            case "B":
                return row % 2 == 0 ? "false" : "true";
            case "D":
                return "(timestamp '2026-01-01' + interval '" + row + " days')::" + type;
            case "T":
                return "interval '" + row + " days'";
            case "A":
                return "'{}'::" + type;
            case "I":
                return "'10.0.0." + row + "'::" + type;
            default:
                break;
        }
        switch (column.typname()) {
            case "uuid":
                return "'00000000-0000-0000-0000-00000000000" + row + "'::uuid";
            case "json", "jsonb":
                return "'{\"row\": " + row + "}'::" + type;
            default:
                return SqlText.literal(Integer.toString(row)) + "::" + type;
        }
    }
}
