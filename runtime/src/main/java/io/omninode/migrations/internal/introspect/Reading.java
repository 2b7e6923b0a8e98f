package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
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
    /** The same tables by {@code pg_class.oid}: later queries name a table by one number, not two strings a row. */
    final Map<Long, TableParts> tablesByOid = new HashMap<>();
    /** The columns of every plain table of the schemas read (the skipped ones too) by oid, for key columns. */
    final Map<Long, Attributes> attributes = new HashMap<>();
    final List<NotCompared> notCompared = new ArrayList<>();

    Reading(CatalogQuery query, Scope scope) {
        this.query = query;
        this.scope = scope;
    }

    /** Reads the rows of one table (the query's first column is its oid). */
    interface TableRows {
        void row(TableParts table, ResultSet rows) throws SQLException;
    }

    /** Runs a query whose rows each belong to a table, skipping the rows of tables not read. */
    void forEachTableRow(String what, String sql, TableRows reader) {
        query.run(what, sql, rows -> {
            TableParts table = tablesByOid.get(rows.getLong(1));
            if (table != null) {
                reader.row(table, rows);
            }
        });
    }

    /** Adds a table read (not skipped, not outside the model). */
    void add(long oid, TableParts table) {
        tables.put(table.name, table);
        tablesByOid.put(oid, table);
    }

    void notCompared(String kind, String name) {
        notCompared.add(new NotCompared(kind, name));
    }
}
