package io.omninode.migrations.schema;

import java.util.Objects;

/**
 * A column's server default: either a {@link Value} (a Java value rendered as an escaped
 * literal, e.g. {@code 'active'}) or an {@link Expression} (SQL evaluated on insert, e.g.
 * {@code now()}). The two are distinct on purpose: the string {@code "now()"} as a value is the
 * text {@code 'now()'}, never a function call.
 */
public sealed interface ColumnDefault {

    /** A literal default: {@code ColumnDefault.value("active")}, {@code ColumnDefault.value(0)}. */
    static ColumnDefault value(Object value) {
        return new Value(value);
    }

    /** A SQL expression default: {@code ColumnDefault.expression("now()")}. */
    static ColumnDefault expression(String sql) {
        return new Expression(sql);
    }

    /**
     * A literal value: a String, number, boolean, UUID, java.time value or enum constant.
     *
     * @param value the value, rendered with {@link SqlText#literal(Object)}
     */
    record Value(Object value) implements ColumnDefault {
        public Value {
            Objects.requireNonNull(value, "default value (use dropDefault for no default)");
            if (value instanceof byte[]) {
                throw new IllegalArgumentException("a byte[] default is mutable; use an expression such as"
                        + " '\\x01ab'::bytea");
            }
            if (value instanceof Enum<?> e) {
                value = e.name();
            }
            SqlText.literal(value); // fails now, naming the type, rather than at rendering
        }
    }

    /**
     * A SQL expression, embedded as written.
     *
     * @param sql the expression, e.g. {@code now()} or {@code gen_random_uuid()}
     */
    record Expression(String sql) implements ColumnDefault {
        public Expression {
            SqlFragments.checkExpression("default expression", sql);
        }
    }
}
