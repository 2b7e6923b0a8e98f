package io.omninode.migrations.internal.introspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What {@code pg_dump --schema-only} would print about the user's schemas, up to column order, as
 * sorted lines of the server's own DDL text ({@code pg_get_indexdef}, {@code pg_get_constraintdef},
 * {@code format_type}, {@code pg_get_viewdef}, ...). The embedded PostgreSQL ships no {@code pg_dump},
 * so the round-trip suite compares two databases with this, read independently of the introspector.
 */
final class CatalogFingerprint {

    private static final String USER_SCHEMAS = "(select oid from pg_namespace where nspname not like 'pg\\_%'"
            + " and nspname <> 'information_schema')";

    private static final List<String> QUERIES = List.of(
            "select 'relation ' || c.oid::regclass || ' ' || c.relkind::text || ' ' || c.relpersistence::text"
                    + " || coalesce(' comment ' || obj_description(c.oid, 'pg_class'), '')"
                    + " from pg_class c where c.relnamespace in " + USER_SCHEMAS + " and c.relkind <> 't'"
                    + " and c.relkind <> 'i'",
            "select 'column ' || a.attrelid::regclass || '.' || quote_ident(a.attname) || ' '"
                    + " || format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end"
                    + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') || ' identity ' || a.attidentity::text"
                    + " || ' generated ' || a.attgenerated::text || ' collation ' || a.attcollation::regcollation"
                    + " || coalesce(' comment ' || col_description(a.attrelid, a.attnum), '')"
                    + " from pg_attribute a join pg_class c on c.oid = a.attrelid"
                    + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
                    + " where c.relnamespace in " + USER_SCHEMAS + " and a.attnum > 0 and not a.attisdropped"
                    + " and c.relkind in ('r', 'p', 'v', 'm', 'f', 'c')",
            "select 'constraint ' || conrelid::regclass || ' ' || quote_ident(conname) || ' '"
                    + " || pg_get_constraintdef(oid) from pg_constraint where connamespace in " + USER_SCHEMAS,
            "select 'index ' || pg_get_indexdef(indexrelid) from pg_index x join pg_class c on c.oid = x.indexrelid"
                    + " where c.relnamespace in " + USER_SCHEMAS,
            "select 'enum ' || t.oid::regtype || ' ' || string_agg(e.enumlabel, ',' order by e.enumsortorder)"
                    + " from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.oid",
            "select 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type || ' ' || start_value"
                    + " || ' ' || min_value || ' ' || max_value || ' ' || increment_by || ' ' || cycle"
                    + " || ' ' || cache_size from pg_sequences",
            "select 'extension ' || extname || ' ' || extnamespace::regnamespace from pg_extension",
            "select 'view ' || oid::regclass || ' ' || pg_get_viewdef(oid) from pg_class"
                    + " where relkind in ('v', 'm') and relnamespace in " + USER_SCHEMAS,
            "select 'trigger ' || pg_get_triggerdef(oid) from pg_trigger where not tgisinternal",
            "select 'function ' || pg_get_functiondef(p.oid) from pg_proc p where p.pronamespace in " + USER_SCHEMAS
                    + " and p.prokind in ('f', 'p') and not exists (select 1 from pg_depend e"
                    + " where e.objid = p.oid and e.deptype = 'e')");

    private CatalogFingerprint() {}

    static List<String> of(Connection connection) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        try (Statement statement = connection.createStatement()) {
            for (String query : QUERIES) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
            }
        }
        return new ArrayList<>(lines);
    }
}
