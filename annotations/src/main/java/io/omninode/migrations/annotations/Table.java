package io.omninode.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as an entity: one PostgreSQL table, one column per instance field (or
 * record component), the fields of superclasses first. Static and {@code transient} fields are not columns.
 *
 * <pre>{@code
 * @Table(name = "event", comment = "what happened to a node",
 *        indexes = @Index(columns = {"node_id", "created_at"}),
 *        checks = @Check(name = "ck_event_kind", expression = "kind <> ''"))
 * public record Event(
 *         @Id(generated = Id.Generated.ALWAYS) long id,
 *         @References(table = "node", onDelete = References.Action.CASCADE) java.util.UUID nodeId,
 *         @Column(length = 40) String kind,
 *         @Column(defaultExpression = "now()") java.time.Instant createdAt) {}
 * }</pre>
 *
 * <p>Constraint and index names left empty are derived like PostgreSQL does: {@code event_pkey},
 * {@code event_kind_key}, {@code event_node_id_fkey}, {@code event_node_id_created_at_idx}; a name over
 * 63 bytes is a compile error, so give a shorter one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {

    /** The table name; empty for the class's simple name in snake_case ({@code NodeEvent} becomes {@code node_event}). */
    String name() default "";

    /** The schema; empty for the search path (usually {@code public}). The schema must already exist. */
    String schema() default "";

    /** The table comment; empty for none. */
    String comment() default "";

    /** The table's former name, so the change is generated as a rename instead of a drop and a create. */
    String renamedFrom() default "";

    /** Indexes of this table. */
    Index[] indexes() default {};

    /** Multi-column unique constraints (a single column can use {@link Column#unique()}). */
    UniqueConstraint[] uniques() default {};

    /** Check constraints. */
    Check[] checks() default {};

    /** Multi-column foreign keys (a single column can use {@link References}). */
    ForeignKey[] foreignKeys() default {};
}
