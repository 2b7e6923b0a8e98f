package io.omninode.migrations.schema;

import java.util.Objects;

/**
 * A column definition. Build it fluently:
 *
 * <pre>{@code
 * Column.of("status", "text").notNull().defaultValue("active").comment("lifecycle state")
 * Column.of("id", "bigint").identity(Identity.always())
 * Column.of("created_at", "timestamptz").notNull().defaultExpression("now()")
 * Column.of("total", "numeric(12,2)").generatedAs("price * quantity")
 * }</pre>
 *
 * A collation other than the type's default is part of the type, as in PostgreSQL's grammar:
 * {@code Column.of("code", "text COLLATE \"C\"")}.
 *
 * @param name the column name
 * @param type its SQL type
 * @param nullable false for {@code NOT NULL}
 * @param defaultValue the server default, or null for none
 * @param identity identity generation, or null; an identity column is never nullable and has no default
 * @param comment the column comment, or null
 * @param generated the expression of a stored generated column ({@code GENERATED ALWAYS AS (...) STORED}),
 *     or null; such a column has neither default nor identity
 */
public record Column(String name, SqlType type, boolean nullable, ColumnDefault defaultValue, Identity identity,
        String comment, String generated) {

    public Column {
        SqlFragments.checkName("column name", name);
        Objects.requireNonNull(type, "type");
        SqlFragments.checkText("column comment", comment);
        if (identity != null && defaultValue != null) {
            throw new IllegalArgumentException("column \"" + name + "\" cannot have both a default and an identity");
        }
        if (identity != null && nullable) {
            throw new IllegalArgumentException("identity column \"" + name + "\" is always NOT NULL");
        }
        if (generated != null) {
            SqlFragments.checkExpression("generation expression", generated);
            if (defaultValue != null || identity != null) {
                throw new IllegalArgumentException("generated column \"" + name + "\" cannot also have a default"
                        + " or an identity");
            }
        }
    }

    /** A column that is not generated. */
    public Column(String name, SqlType type, boolean nullable, ColumnDefault defaultValue, Identity identity,
            String comment) {
        this(name, type, nullable, defaultValue, identity, comment, null);
    }

    /** A nullable column without default: {@code Column.of("email", "varchar(320)")}. */
    public static Column of(String name, String type) {
        return new Column(name, SqlType.of(type), true, null, null, null);
    }

    /** A nullable column of a type built with {@link SqlType}. */
    public static Column of(String name, SqlType type) {
        return new Column(name, type, true, null, null, null);
    }

    /** This column {@code NOT NULL}. */
    public Column notNull() {
        return nullable(false);
    }

    /** This column with the given nullability. */
    public Column nullable(boolean value) {
        return new Column(name, type, value, defaultValue, identity, comment, generated);
    }

    /** A literal default, escaped: {@code defaultValue("it's")} renders {@code DEFAULT 'it''s'}. */
    public Column defaultValue(Object value) {
        return withDefault(ColumnDefault.value(value));
    }

    /** A SQL expression default, as written: {@code defaultExpression("now()")}. */
    public Column defaultExpression(String sql) {
        return withDefault(ColumnDefault.expression(sql));
    }

    /** This column with the given default, or none when null. */
    public Column withDefault(ColumnDefault value) {
        return new Column(name, type, nullable, value, identity, comment, generated);
    }

    /** An identity column (which is NOT NULL): {@code identity(Identity.byDefault())}. */
    public Column identity(Identity value) {
        return new Column(name, type, value == null && nullable, defaultValue, value, comment, generated);
    }

    /** This column with a comment. */
    public Column comment(String text) {
        return new Column(name, type, nullable, defaultValue, identity, text, generated);
    }

    /** The same column under another name. */
    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, identity, comment, generated);
    }

    /** The same column with another type. */
    public Column withType(SqlType newType) {
        return new Column(name, newType, nullable, defaultValue, identity, comment, generated);
    }

    /** A stored generated column computed by {@code expression}: {@code generatedAs("price * quantity")}. */
    public Column generatedAs(String expression) {
        return new Column(name, type, nullable, defaultValue, identity, comment, expression);
    }
}
