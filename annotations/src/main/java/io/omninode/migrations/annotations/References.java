package io.omninode.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A single-column foreign key (for several columns use {@link Table#foreignKeys()}).
 *
 * <pre>{@code
 * @References(table = "node", onDelete = References.Action.CASCADE) UUID nodeId;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface References {

    /** What a foreign key does when the referenced row is deleted or its key changes. */
    enum Action {
        NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT
    }

    /** The referenced table's name (as in its {@link Table#name()}). */
    String table();

    /** The referenced table's schema; empty for the search path. */
    String schema() default "";

    /** The referenced column; empty for the referenced table's single-column primary key. */
    String column() default "";

    /** The constraint name; empty for {@code <table>_<column>_fkey}. */
    String name() default "";

    /** On delete of the referenced row. */
    Action onDelete() default Action.NO_ACTION;

    /** On update of the referenced key. */
    Action onUpdate() default Action.NO_ACTION;
}
