package io.omninode.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the PostgreSQL enum type of a Java enum used by entity fields. Java enums always map to a
 * PostgreSQL {@code CREATE TYPE ... AS ENUM} whose labels are the constant names, in declaration
 * order; without this annotation the type is named after the enum's simple name in snake_case
 * ({@code NodeStatus} becomes {@code node_status}).
 *
 * <pre>{@code
 * @PgEnum(name = "node_status")
 * public enum Status { ACTIVE, RETIRED }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PgEnum {

    /** The type name; empty for the enum's simple name in snake_case. */
    String name() default "";

    /** The type's schema; empty for the search path. */
    String schema() default "";
}
