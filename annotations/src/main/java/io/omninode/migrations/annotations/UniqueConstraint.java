package io.omninode.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint over several columns, declared in {@link Table#uniques()}:
 * {@code @UniqueConstraint(columns = {"tenant_id", "email"})}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface UniqueConstraint {

    /** The constraint name; empty for {@code <table>_<columns>_key}. */
    String name() default "";

    /** The columns (column names) whose combination is unique. */
    String[] columns();
}
