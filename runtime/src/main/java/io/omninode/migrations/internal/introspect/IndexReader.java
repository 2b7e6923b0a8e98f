package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Indexes that no constraint owns, one query: keys (columns or server-printed expressions), sort
 * order, nulls order and operator class per key, {@code INCLUDE} columns, method and predicate.
 */
final class IndexReader {

    /** {@code pg_index.indoption} bits. */
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    /*
     * The server prints each whole definition only where it is reported (a collation the model has no
     * value for): printing every index costs more than the rest of the query. "AS" before each name of
     * the lateral's columns: PostgreSQL 13 reads COLUMNS and OPTIONS there as keywords.
     */
    private static final String INDEXES = "select n.nspname, t.relname, i.relname, x.indisunique, am.amname,"
            + " x.indnkeyatts, pg_get_expr(x.indpred, x.indrelid, true), k.columns, k.expressions, k.options,"
            + " k.opclasses, case when k.collated then pg_get_indexdef(x.indexrelid) end, k.collated"
            + " from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid"
            + " join pg_namespace n on n.oid = t.relnamespace join pg_am am on am.oid = i.relam"
            + " cross join lateral (select"
            + "   array_agg(a.attname::text order by s.i) as columns,"
            + "   array_agg(case when x.indkey[s.i - 1] = 0 then pg_get_indexdef(x.indexrelid, s.i, true) end"
            + "     order by s.i) as expressions,"
            + "   array_agg(case when s.i <= x.indnkeyatts then x.indoption[s.i - 1]::text end order by s.i) as options,"
            + "   array_agg(case when s.i <= x.indnkeyatts and not oc.opcdefault then oc.opcname::text end"
            + "     order by s.i) as opclasses,"
            + "   bool_or(s.i <= x.indnkeyatts and x.indcollation[s.i - 1] <> 0"
            + "     and x.indcollation[s.i - 1] <> coalesce(a.attcollation, x.indcollation[s.i - 1])) as collated"
            + "   from generate_series(1, x.indnatts) s(i)"
            + "   left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = x.indkey[s.i - 1]"
            + "   left join pg_opclass oc on s.i <= x.indnkeyatts and oc.oid = x.indclass[s.i - 1]) k"
            + " where n.nspname = any(?) and t.relkind = 'r'"
            + " and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid"
            + "   and c.conrelid = x.indrelid and c.contype in ('p', 'u', 'x'))"
            + " order by n.nspname, t.relname, i.relname";

    private IndexReader() {}

    static List<Index> read(Reading reading) {
        List<Index> indexes = new ArrayList<>();
        reading.forEachTableRow("indexes", INDEXES, (parts, rows) -> {
            QualifiedName table = parts.name;
            String name = rows.getString(3);
            IndexMethod method;
            try {
                method = IndexMethod.valueOf(rows.getString(5).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                reading.notCompared("index using " + rows.getString(5), table + "." + name);
                return;
            }
            if (rows.getBoolean(13)) {
                reading.notCompared("index collation", table + "." + name + ": " + rows.getString(12));
            }
            int keyCount = rows.getInt(6);
            List<String> columns = CatalogQuery.strings(rows, 8);
            List<String> expressions = CatalogQuery.strings(rows, 9);
            List<String> options = CatalogQuery.strings(rows, 10);
            List<String> opclasses = CatalogQuery.strings(rows, 11);
            List<IndexKey> keys = new ArrayList<>();
            for (int i = 0; i < keyCount; i++) {
                int option = Integer.parseInt(options.get(i));
                boolean descending = (option & DESC) != 0;
                keys.add(new IndexKey(columns.get(i), columns.get(i) == null ? Expressions.unwrap(expressions.get(i)) : null,
                        descending, (option & NULLS_FIRST) != 0, opclasses.get(i)));
            }
            String predicate = rows.getString(7);
            indexes.add(new Index(name, table, keys, rows.getBoolean(4), method,
                    columns.subList(keyCount, columns.size()), predicate == null ? null : Expressions.unwrap(predicate)));
        });
        return indexes;
    }
}
