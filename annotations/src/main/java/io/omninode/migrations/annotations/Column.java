package io.omninode.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adjusts the column of a field or record component; without it the column is named after the
 * field in snake_case and typed by the default mapping (see the README's type table). Primitive
 * fields and {@link Id} columns are always {@code NOT NULL}.
 *
 * <pre>{@code
 * @Column(name = "display_name", length = 200, nullable = false, comment = "shown in the UI")
 * String title;
 * @Column(precision = 12, scale = 2, defaultValue = "0")
 * BigDecimal amount;
 * @Column(type = "jsonb")
 * String payload;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {

    /** The column name; empty for the field name in snake_case. */
    String name() default "";

    /** The SQL type as PostgreSQL writes it (e.g. {@code jsonb}, {@code text[]}); empty for the default mapping. */
    String type() default "";

    /** False for {@code NOT NULL}. Ignored (always false) for primitives and primary-key columns. */
    boolean nullable() default true;

    /** For a {@code String}: {@code varchar(length)} instead of {@code text}; -1 for none. */
    int length() default -1;

    /** For a {@code BigDecimal}: {@code numeric(precision, scale)}; -1 for unconstrained {@code numeric}. */
    int precision() default -1;

    /** For a {@code BigDecimal} with a precision: the digits after the point; -1 for 0. */
    int scale() default -1;

    /**
     * A literal default, escaped as a SQL literal of the column's type: {@code "active"}, {@code "0"},
     * {@code "true"}. Exclusive with {@link #defaultExpression()}.
     */
    String defaultValue() default "";

    /** A SQL expression default, embedded as written: {@code "now()"}, {@code "gen_random_uuid()"}. */
    String defaultExpression() default "";

    /** Whether the column alone is unique (a constraint named {@code <table>_<column>_key}). */
    boolean unique() default false;

    /** The column comment; empty for none. */
    String comment() default "";

    /** The column's former name, so the change is generated as a rename instead of a drop and an add. */
    String renamedFrom() default "";
}
