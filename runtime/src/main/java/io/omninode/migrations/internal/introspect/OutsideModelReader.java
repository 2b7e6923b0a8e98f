package io.omninode.migrations.internal.introspect;


/**
 * Objects the schema model does not describe, one query over every kind: routines, triggers,
 * policies, rules, domains, composite and range types, extended statistics, collations. Tables,
 * views and the like are reported by {@link TableReader}, per-object options by their readers.
 */
final class OutsideModelReader {

    private static final String OUTSIDE = "select 'function' kind, n.nspname, p.proname || '('"
            + "   || pg_get_function_identity_arguments(p.oid) || ')', case p.prokind when 'p' then 'procedure'"
            + "   when 'a' then 'aggregate' when 'w' then 'window function' else 'function' end"
            + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = any(?)"
            + String.format(TableReader.NOT_FROM_EXTENSION, "'pg_proc'::regclass", "p.oid")
            // a range type's constructors belong to the type, reported once as the range type
            + " and not exists (select 1 from pg_depend i where i.classid = 'pg_proc'::regclass and i.objid = p.oid"
            + " and i.deptype = 'i')"
            + " union all select 'trigger', n.nspname, c.relname || '.' || t.tgname, null from pg_trigger t"
            + " join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = any(?) and not t.tgisinternal"
            + " union all select 'policy', n.nspname, c.relname || '.' || p.polname, null from pg_policy p"
            + " join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = any(?)"
            + " union all select 'rule', n.nspname, c.relname || '.' || r.rulename, null from pg_rewrite r"
            + " join pg_class c on c.oid = r.ev_class join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = any(?) and r.rulename <> '_RETURN'"
            + " union all select case t.typtype when 'd' then 'domain' when 'r' then 'range type' else 'composite type'"
            + "   end, n.nspname, t.typname, null from pg_type t join pg_namespace n on n.oid = t.typnamespace"
            + " where n.nspname = any(?) and (t.typtype in ('d', 'r') or t.typtype = 'c'"
            + "   and (select c.relkind from pg_class c where c.oid = t.typrelid) = 'c')"
            + String.format(TableReader.NOT_FROM_EXTENSION, "'pg_type'::regclass", "t.oid")
            + " union all select 'statistics', n.nspname, s.stxname, null from pg_statistic_ext s"
            + " join pg_namespace n on n.oid = s.stxnamespace where n.nspname = any(?)"
            + " union all select 'collation', n.nspname, c.collname, null from pg_collation c"
            + " join pg_namespace n on n.oid = c.collnamespace where n.nspname = any(?)"
            + String.format(TableReader.NOT_FROM_EXTENSION, "'pg_collation'::regclass", "c.oid")
            + " order by 1, 2, 3";

    private OutsideModelReader() {}

    static void read(Reading reading) {
        reading.query.run("objects outside the model", OUTSIDE, rows -> {
            String kind = rows.getString(4) != null ? rows.getString(4) : rows.getString(1);
            String schema = reading.scope.schema(rows.getString(2));
            reading.notCompared(kind, schema == null ? rows.getString(3) : schema + "." + rows.getString(3));
        });
    }
}
