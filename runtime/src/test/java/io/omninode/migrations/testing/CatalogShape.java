package io.omninode.migrations.testing;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.SqlTypes;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The parts of a schema that a focused catalog check compares (tables, columns with type,
 * nullability and identity, constraints, indexes, enum labels) as sorted lines, read either from
 * PostgreSQL's catalog or from a {@link Schema}. Enough until the introspector exists.
 */
public final class CatalogShape {

    private CatalogShape() {}

    /** The shape of a schema model. */
    public static List<String> of(Schema schema) {
        TreeSet<String> lines = new TreeSet<>();
        for (Table table : schema.tables()) {
            String t = table.name().name();
            lines.add("table " + t);
            for (Column column : table.columns()) {
                lines.add(column(t, column.name(), column.type().sql(), !column.nullable(),
                        column.identity() == null ? "" : column.identity().generation().name()));
            }
            if (table.primaryKey() != null) {
                lines.add("constraint " + t + "." + named(table.primaryKey().name(), t + "_pkey") + " p");
            }
            for (Unique unique : table.uniques()) {
                lines.add("constraint " + t + "." + named(unique.name(), t + "_" + String.join("_", unique.columns())
                        + "_key") + " u");
            }
            for (CheckConstraint check : table.checks()) {
                lines.add("constraint " + t + "." + check.name() + " c");
            }
            for (ForeignKey fk : table.foreignKeys()) {
                lines.add("constraint " + t + "." + named(fk.name(), t + "_" + String.join("_", fk.columns()) + "_fkey")
                        + " f " + fk.columns() + " -> "
                        + fk.referencedTable().name() + fk.referencedColumns() + " " + fk.onDelete());
            }
        }
        for (Index index : schema.indexes()) {
            lines.add("index " + index.table().name() + "." + index.name() + (index.unique() ? " unique" : ""));
        }
        for (EnumType type : schema.enums()) {
            lines.add("enum " + type.name().name() + " " + String.join(",", type.values()));
        }
        return new ArrayList<>(lines);
    }

    /** The shape of the {@code public} schema of the connected database. */
    public static List<String> of(Connection connection) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        query(connection, "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'",
                rows -> lines.add("table " + rows.getString(1)));
        query(connection, "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                + " a.attidentity from pg_attribute a join pg_class c on c.oid = a.attrelid"
                + " where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0"
                + " and not a.attisdropped",
                rows -> lines.add(column(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                        switch (rows.getString(5)) {
                            case "a" -> "ALWAYS";
                            case "d" -> "BY_DEFAULT";
                            default -> "";
                        })));
        query(connection, "select c.conrelid::regclass::text, c.conname, c.contype::text,"
                + " (select array_agg(attname order by k.n) from unnest(c.conkey) with ordinality k(num, n)"
                + "   join pg_attribute on attrelid = c.conrelid and attnum = k.num),"
                + " c.confrelid::regclass::text,"
                + " (select array_agg(attname order by k.n) from unnest(c.confkey) with ordinality k(num, n)"
                + "   join pg_attribute on attrelid = c.confrelid and attnum = k.num),"
                + " c.confdeltype::text"
                + " from pg_constraint c where c.connamespace = 'public'::regnamespace and c.contype in ('p','u','c','f')",
                rows -> {
                    String line = "constraint " + rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3);
                    if (rows.getString(3).equals("f")) {
                        line += " " + list(rows.getString(4)) + " -> " + rows.getString(5) + list(rows.getString(6))
                                + " " + switch (rows.getString(7)) {
                                    case "c" -> "CASCADE";
                                    case "r" -> "RESTRICT";
                                    case "n" -> "SET_NULL";
                                    case "d" -> "SET_DEFAULT";
                                    default -> "NO_ACTION";
                                };
                    }
                    lines.add(line);
                });
        query(connection, "select t.relname, i.relname, x.indisunique from pg_index x"
                + " join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid"
                + " where t.relnamespace = 'public'::regnamespace"
                + " and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)",
                rows -> lines.add("index " + rows.getString(1) + "." + rows.getString(2)
                        + (rows.getBoolean(3) ? " unique" : "")));
        query(connection, "select t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder) from pg_type t"
                + " join pg_enum e on e.enumtypid = t.oid where t.typnamespace = 'public'::regnamespace"
                + " group by t.typname",
                rows -> lines.add("enum " + rows.getString(1) + " " + rows.getString(2)));
        return new ArrayList<>(lines);
    }

    /** PostgreSQL's name for an unnamed constraint. */
    private static String named(String name, String byDefault) {
        return name != null ? name : byDefault;
    }

    private static String column(String table, String column, String type, boolean notNull, String identity) {
        return "column " + table + "." + column + " " + SqlTypes.canonical(SqlType.of(type)).sql()
                + (notNull ? " not null" : "") + (identity.isEmpty() ? "" : " identity " + identity);
    }

    /** {@code {a,b}} from PostgreSQL's array text as {@code [a, b]}, like {@link List#toString()}. */
    private static String list(String array) {
        return List.of(array.substring(1, array.length() - 1).split(",")).toString();
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }
}
