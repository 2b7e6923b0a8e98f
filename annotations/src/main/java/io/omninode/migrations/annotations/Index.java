package io.omninode.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index, declared in {@link Table#indexes()}:
 * {@code @Index(name = "ix_node_live", columns = "name", where = "deleted_at is null")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Index {

    /** PostgreSQL index access methods. */
    enum Method {
        BTREE, HASH, GIST, SPGIST, GIN, BRIN
    }

    /** The index name; empty for {@code <table>_<columns>_idx}. */
    String name() default "";

    /** The indexed columns (column names), in order. */
    String[] columns();

    /** Whether the index is unique. */
    boolean unique() default false;

    /** The predicate of a partial index, embedded as written; empty for a full index. */
    String where() default "";

    /** The access method. */
    Method method() default Method.BTREE;
}
