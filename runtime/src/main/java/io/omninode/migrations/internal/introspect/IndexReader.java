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

    /** The oid of the database's default collation ({@code DEFAULT_COLLATION_OID}, the same in 13-17). */
    private static final long DEFAULT_COLLATION = 100;

    /*
     * Key columns, their options and collations come as numbers (int2vector and oidvector as text), named
     * from the columns already read: a per-index subquery cost more than the rest of the query. The server
     * prints only expression keys, operator class names where one is not its type's default (the
     * non-default classes gathered once), and the whole definition only where an index has a collation
     * other than none and the default one (a key collation the model has no value for is reported).
     */
    private static final String INDEXES = "select x.indrelid, i.relname, x.indisunique, am.amname, x.indnkeyatts,"
            + " pg_get_expr(x.indpred, x.indrelid, true), x.indkey::text, x.indoption::text, x.indcollation::text,"
            + " case when x.indexprs is not null then array(select pg_get_indexdef(x.indexrelid, s.i, true)"
            + "   from generate_series(1, x.indnkeyatts) s(i) where x.indkey[s.i - 1] = 0 order by s.i) end,"
            + " case when x.indclass::oid[] && (select array_agg(oid) from pg_opclass where not opcdefault) then"
            + "   array(select case when not oc.opcdefault then oc.opcname::text end"
            + "   from unnest(x.indclass::oid[]) with ordinality k(oid, ord) left join pg_opclass oc on oc.oid = k.oid"
            + "   order by k.ord) end,"
            + " case when not x.indcollation::oid[] <@ array[0, " + DEFAULT_COLLATION + "]::oid[]"
            + "   then pg_get_indexdef(x.indexrelid) end"
            + " from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid"
            + " join pg_namespace n on n.oid = t.relnamespace join pg_am am on am.oid = i.relam"
            + " where n.nspname = any(?) and t.relkind = 'r'"
            + " and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid"
            + "   and c.conrelid = x.indrelid and c.contype in ('p', 'u', 'x'))";

    private IndexReader() {}

    static List<Index> read(Reading reading) {
        List<Index> indexes = new ArrayList<>();
        reading.forEachTableRow("indexes", INDEXES, (parts, rows) -> {
            QualifiedName table = parts.name;
            String name = rows.getString(2);
            IndexMethod method;
            try {
                method = IndexMethod.valueOf(rows.getString(4).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                reading.notCompared("index using " + rows.getString(4), table + "." + name);
                return;
            }
            int keyCount = rows.getInt(5);
            long[] attnums = CatalogQuery.numbers(rows, 7);
            long[] options = CatalogQuery.numbers(rows, 8);
            Attributes attributes = reading.attributes.get(rows.getLong(1));
            reportCollation(reading, table + "." + name, attributes, attnums, CatalogQuery.numbers(rows, 9), keyCount,
                    rows.getString(12));
            List<String> expressions = CatalogQuery.strings(rows, 10);
            List<String> opclasses = CatalogQuery.strings(rows, 11);
            List<IndexKey> keys = new ArrayList<>(keyCount);
            int expression = 0;
            for (int i = 0; i < keyCount; i++) {
                int option = (int) options[i];
                String column = attnums[i] == 0 ? null : attributes.name(attnums[i]);
                keys.add(new IndexKey(column, column == null ? Expressions.unwrap(expressions.get(expression++)) : null,
                        (option & DESC) != 0, (option & NULLS_FIRST) != 0, opclasses.isEmpty() ? null : opclasses.get(i)));
            }
            String predicate = rows.getString(6);
            indexes.add(new Index(name, table, keys, rows.getBoolean(3), method,
                    attributes.names(attnums, keyCount, attnums.length),
                    predicate == null ? null : Expressions.unwrap(predicate)));
        });
        return indexes;
    }

    /**
     * Reports a key column whose collation is not its column's (the model has no value for it), with the
     * definition the server printed; the server prints none when every collation is the default one, so
     * the key's collation is the default one then.
     */
    private static void reportCollation(Reading reading, String where, Attributes attributes, long[] attnums,
            long[] collations, int keyCount, String definition) {
        for (int i = 0; i < keyCount; i++) {
            if (attnums[i] != 0 && collations[i] != 0 && collations[i] != attributes.collation(attnums[i])) {
                reading.notCompared("index collation", where + ": "
                        + (definition != null ? definition : attributes.name(attnums[i]) + " COLLATE \"default\""));
                return;
            }
        }
    }
}
