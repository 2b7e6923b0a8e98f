package io.omninode.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check constraint, declared in {@link Table#checks()}:
 * {@code @Check(name = "ck_amount_positive", expression = "amount > 0")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Check {

    /** The constraint name (required: PostgreSQL derives check names from the expression, which snapshots cannot follow). */
    String name();

    /** The boolean SQL expression, embedded as written. */
    String expression();
}
