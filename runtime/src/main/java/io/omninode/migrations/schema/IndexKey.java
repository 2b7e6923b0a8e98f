package io.omninode.migrations.schema;

/**
 * One key of an index: a column or an expression, ascending or descending, with an optional
 * operator class and nulls order. {@code IndexKey.column("created_at").desc()},
 * {@code IndexKey.expression("lower(email)")}, {@code IndexKey.column("name").opclass("gin_trgm_ops")}.
 *
 * @param column the column, or null for an expression key
 * @param expression the SQL expression, or null for a column key
 * @param descending whether the key sorts descending
 * @param nullsFirst {@code NULLS FIRST} (true) or {@code NULLS LAST} (false) when it is not the direction's
 *     default (last ascending, first descending); null for the default
 * @param opclass the operator class when it is not the type's default (e.g. {@code text_pattern_ops}), or null
 */
public record IndexKey(String column, String expression, boolean descending, Boolean nullsFirst, String opclass) {

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is either a column or an expression");
        }
        SqlFragments.checkOptionalName("index column", column);
        if (expression != null) {
            SqlFragments.checkExpression("index expression", expression);
        }
        // the direction's default is stored as null, so that both spellings are one value
        if (nullsFirst != null && nullsFirst == descending) {
            nullsFirst = null;
        }
        SqlFragments.checkOptionalName("operator class", opclass);
    }

    /** A key with the default operator class and nulls order. */
    public IndexKey(String column, String expression, boolean descending) {
        this(column, expression, descending, null, null);
    }

    /** A column key: {@code IndexKey.column("created_at")}. */
    public static IndexKey column(String name) {
        return new IndexKey(name, null, false);
    }

    /** An expression key, embedded as written: {@code IndexKey.expression("lower(email)")}. */
    public static IndexKey expression(String sql) {
        return new IndexKey(null, sql, false);
    }

    /** This key sorted descending: {@code IndexKey.column("created_at").desc()}. */
    public IndexKey desc() {
        return new IndexKey(column, expression, true, nullsFirst, opclass);
    }

    /** This key with nulls sorted first ({@code NULLS FIRST}) or last ({@code NULLS LAST}). */
    public IndexKey nullsFirst(boolean first) {
        return new IndexKey(column, expression, descending, first, opclass);
    }

    /** This key with an operator class: {@code opclass("text_pattern_ops")}. */
    public IndexKey opclass(String name) {
        return new IndexKey(column, expression, descending, nullsFirst, name);
    }

    /** The same key on another column (after a column rename). */
    public IndexKey onColumn(String newColumn) {
        return new IndexKey(newColumn, null, descending, nullsFirst, opclass);
    }
}
