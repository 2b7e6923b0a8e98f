package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reading of a live schema as the readers fill it in: the tables read so far (the other readers
 * attach their rows to them), and what lies outside the model.
 */
final class Reading {

    final CatalogQuery query;
    final Scope scope;
    final Map<QualifiedName, TableParts> tables = new LinkedHashMap<>();
    final List<NotCompared> notCompared = new ArrayList<>();

    Reading(CatalogQuery query, Scope scope) {
        this.query = query;
        this.scope = scope;
    }

    /** Reads the rows of one table (the query's first two columns name it). */
    interface TableRows {
        void row(TableParts table, ResultSet rows) throws SQLException;
    }

    /** Runs a query whose rows each belong to a table, skipping the rows of tables not read. */
    void forEachTableRow(String what, String sql, TableRows reader) {
        query.run(what, sql, rows -> {
            TableParts table = table(rows.getString(1), rows.getString(2));
            if (table != null) {
                reader.row(table, rows);
            }
        });
    }

    /** The table {@code schema.name} if it was read (not skipped, not outside the model), else null. */
    TableParts table(String schema, String name) {
        return tables.get(scope.name(schema, name));
    }

    void notCompared(String kind, String name) {
        notCompared.add(new NotCompared(kind, name));
    }
}
