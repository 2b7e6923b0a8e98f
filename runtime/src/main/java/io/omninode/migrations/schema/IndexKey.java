package io.omninode.migrations.schema;

/**
 * One key of an index: a column or an expression, ascending or descending.
 * {@code IndexKey.column("created_at").desc()}, {@code IndexKey.expression("lower(email)")}.
 *
 * @param column the column, or null for an expression key
 * @param expression the SQL expression, or null for a column key
 * @param descending whether the key sorts descending
 */
public record IndexKey(String column, String expression, boolean descending) {

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is either a column or an expression");
        }
        SqlFragments.checkOptionalName("index column", column);
        if (expression != null) {
            SqlFragments.checkExpression("index expression", expression);
        }
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
        return new IndexKey(column, expression, true);
    }
}
