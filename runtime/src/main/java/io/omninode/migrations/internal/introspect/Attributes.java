package io.omninode.migrations.internal.introspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of one plain table by attribute number, as constraints and indexes name them
 * ({@code pg_constraint.conkey}, {@code pg_index.indkey}): resolved here from the columns already read,
 * so the server does not look each key column up again for every constraint and index.
 */
final class Attributes {

    private String[] names = new String[16];
    private long[] collations = new long[16];

    /** Records column {@code attnum} (1-based) with its name and collation oid (0 for none). */
    void add(int attnum, String name, long collation) {
        if (attnum >= names.length) {
            int size = Math.max(attnum + 1, names.length * 2);
            names = Arrays.copyOf(names, size);
            collations = Arrays.copyOf(collations, size);
        }
        names[attnum] = name;
        collations[attnum] = collation;
    }

    /** The name of column {@code attnum}; the catalog only names columns the table has. */
    String name(long attnum) {
        String name = attnum > 0 && attnum < names.length ? names[(int) attnum] : null;
        if (name == null) {
            throw new IllegalStateException("the catalog names column number " + attnum + ", which was not read");
        }
        return name;
    }

    /** The names of the columns {@code attnums[from]} to {@code attnums[to - 1]}, in that order. */
    List<String> names(long[] attnums, int from, int to) {
        List<String> list = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            list.add(name(attnums[i]));
        }
        return list;
    }

    /** The collation oid of column {@code attnum}. */
    long collation(long attnum) {
        name(attnum);
        return collations[(int) attnum];
    }
}
