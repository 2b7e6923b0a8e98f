package io.omninode.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key over one or more columns, declared in {@link Table#foreignKeys()}:
 * {@code @ForeignKey(columns = {"tenant_id", "node_id"}, table = "node", referencedColumns = {"tenant_id", "id"})}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ForeignKey {

    /** The constraint name; empty for {@code <table>_<columns>_fkey}. */
    String name() default "";

    /** The referencing columns (column names, not field names). */
    String[] columns();

    /** The referenced table's name. */
    String table();

    /** The referenced table's schema; empty for the search path. */
    String schema() default "";

    /** The referenced columns, one per referencing column; empty for the referenced primary key. */
    String[] referencedColumns() default {};

    /** On delete of the referenced row. */
    References.Action onDelete() default References.Action.NO_ACTION;

    /** On update of the referenced key. */
    References.Action onUpdate() default References.Action.NO_ACTION;
}
