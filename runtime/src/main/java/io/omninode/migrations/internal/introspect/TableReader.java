package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.SqlTypes;
import java.util.HashMap;
import java.util.Map;

/**
 * Tables and their columns, two queries: type (with a collation that is not the type's default),
 * nullability, default, identity, stored generation expression, comment. Partitions, partitioned and inheriting tables, views,
 * materialized views and foreign tables are reported, not modelled: a diff would otherwise recreate
 * them as plain tables.
 */
final class TableReader {

    /** Objects that belong to an extension are the extension's, not the user's. */
    static final String NOT_FROM_EXTENSION = " and not exists (select 1 from pg_depend e where e.classid = %s"
            + " and e.objid = %s and e.deptype = 'e')";

    /*
     * Not sorted: the model sorts the tables. Comments by a join, not obj_description() and
     * col_description(): those are SQL functions run once a row, which cost the server more than the rest
     * of these queries at a thousand tables.
     */
    private static final String RELATIONS = "select n.nspname, c.relname, c.relkind::text, ds.description,"
            + " c.relispartition, exists (select 1 from pg_inherits i where i.inhrelid = c.oid), c.relpersistence::text,"
            + " c.relrowsecurity, c.relacl is not null, c.oid"
            + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " left join pg_description ds on ds.objoid = c.oid and ds.classoid = 'pg_class'::regclass"
            + "   and ds.objsubid = 0"
            + " where n.nspname = any(?) and c.relkind in ('r', 'p', 'v', 'm', 'f')"
            + String.format(NOT_FROM_EXTENSION, "'pg_class'::regclass", "c.oid");

    /*
     * Every plain table's columns, also of the tables not modelled: constraints and indexes name their
     * columns by number. A default is printed without its table (relid 0): it cannot name a column, and the
     * server then skips collecting the table's column names for each one; a generation expression can.
     * Not sorted: the client puts each column at its number.
     */
    private static final String COLUMNS = "select a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),"
            + " a.attnotnull, pg_get_expr(d.adbin, case when a.attgenerated = '' then 0 else d.adrelid end),"
            + " a.attidentity::text, a.attgenerated::text, ds.description,"
            + " case when a.attcollation <> t.typcollation then (select"
            + "   case when co.collnamespace = 'pg_catalog'::regnamespace then '' else quote_ident(cn.nspname) || '.' end"
            + "   || quote_ident(co.collname) from pg_collation co join pg_namespace cn on cn.oid = co.collnamespace"
            + "   where co.oid = a.attcollation) end, a.attcollation"
            + " from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace"
            + " join pg_type t on t.oid = a.atttypid"
            + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
            + " left join pg_description ds on ds.objoid = a.attrelid and ds.classoid = 'pg_class'::regclass"
            + "   and ds.objsubid = a.attnum"
            + " where n.nspname = any(?) and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped";

    private TableReader() {}

    /** The plain tables of the scope, with their columns, by qualified name in the model. */
    static void read(Reading reading) {
        reading.query.run("tables", RELATIONS, rows -> {
            String schema = rows.getString(1);
            String name = rows.getString(2);
            if (reading.scope.isSkipped(schema, name)) {
                return;
            }
            QualifiedName qualified = reading.scope.name(schema, name);
            String shown = qualified.toString();
            String kind = switch (rows.getString(3)) {
                case "v" -> "view";
                case "m" -> "materialized view";
                case "f" -> "foreign table";
                case "p" -> "partitioned table";
                default -> rows.getBoolean(5) ? "partition" : rows.getBoolean(6) ? "inheriting table" : null;
            };
            if (rows.getBoolean(9)) {
                reading.notCompared("grants on", shown);
            }
            if (kind != null) {
                reading.notCompared(kind, shown);
                return;
            }
            if (rows.getString(7).equals("u")) {
                reading.notCompared("unlogged table", shown);
            }
            if (rows.getBoolean(8)) {
                reading.notCompared("row level security on", shown);
            }
            reading.add(rows.getLong(10), new TableParts(qualified, rows.getString(4)));
        });
        // a thousand tables have a handful of distinct types: each is checked and made canonical once
        Map<String, SqlType> types = new HashMap<>();
        reading.query.run("columns", COLUMNS, rows -> {
            long oid = rows.getLong(1);
            String name = rows.getString(3);
            reading.attributes.computeIfAbsent(oid, o -> new Attributes()).add(rows.getInt(2), name, rows.getLong(11));
            TableParts table = reading.tablesByOid.get(oid);
            if (table == null) {
                return;
            }
            // a collation other than the type's default is part of the type, as in PostgreSQL's grammar
            String collation = rows.getString(10);
            String printed = rows.getString(4);
            SqlType type = types.computeIfAbsent(collation == null ? printed : printed + " COLLATE " + collation,
                    key -> collation == null ? SqlTypes.canonical(SqlType.of(printed))
                            : SqlType.of(SqlTypes.canonical(SqlType.of(printed)).sql() + " COLLATE " + collation));
            // one value made once: every record built on the way would check its name and text again
            String identity = rows.getString(7);
            String expression = rows.getString(6);
            boolean generated = rows.getString(8).equals("s");
            // an identity's sequence options come with the sequences
            Identity identityValue = identity.isEmpty() ? null : identity.equals("a") ? Identity.always() : Identity.byDefault();
            ColumnDefault defaultValue = identityValue == null && !generated && expression != null
                    ? ColumnDefault.expression(expression) : null;
            Column column = new Column(name, type, identityValue == null && !rows.getBoolean(5), defaultValue,
                    identityValue, rows.getString(9), generated ? Expressions.unwrap(expression) : null);
            table.addColumn(rows.getInt(2), column);
        });
    }
}
