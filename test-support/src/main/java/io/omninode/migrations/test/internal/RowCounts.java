package io.omninode.migrations.test.internal;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows in each table of a schema: taken before and after a step to show rows it lost. */
record RowCounts(Map<QualifiedName, Long> rows) {

    RowCounts {
        rows = Map.copyOf(rows);
    }

    static RowCounts of(Connection connection, Schema schema) throws SQLException {
        Map<QualifiedName, Long> rows = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Table table : schema.tables()) {
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + quoted(table.name()))) {
                    count.next();
                    rows.put(table.name(), count.getLong(1));
                }
            }
        }
        return new RowCounts(rows);
    }

    /**
     * One line per table of both counts that has fewer rows now, sorted by name: {@code table node: 3 rows
     * before, 0 after}. A table the step dropped is a schema change, which the snapshot comparison judges.
     */
    List<String> lostIn(RowCounts after) {
        List<String> losses = new ArrayList<>();
        rows.keySet().stream().sorted(Schema.NAME_ORDER).forEach(table -> {
            Long now = after.rows.get(table);
            long before = rows.get(table);
            if (now != null && now < before) {
                losses.add("table " + table + ": " + before + " row" + (before == 1 ? "" : "s") + " before, " + now
                        + " after");
            }
        });
        return losses;
    }

    private static String quoted(QualifiedName name) {
        String table = identifier(name.name());
        return name.schema() == null ? table : identifier(name.schema()) + "." + table;
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
