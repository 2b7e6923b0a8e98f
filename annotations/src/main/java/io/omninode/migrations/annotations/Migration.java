package io.omninode.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a migration revision, the Java counterpart of an Alembic revision file.
 *
 * <p>The annotated class implements {@code io.omninode.migrations.MigrationScript}, is public,
 * top-level or static, and has a public no-argument constructor. The annotation processor checks
 * the whole revision graph at compile time and generates a registry of every migration.
 *
 * <pre>{@code
 * @Migration(revision = "ae1027a6acf", downRevision = "1975ea83b712", message = "add account table")
 * public final class AddAccountTable implements MigrationScript {
 *     public void upgrade(Operations op) { op.execute("create table account (id bigint primary key)"); }
 *     public void downgrade(Operations op) { op.execute("drop table account"); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Migration {

    /**
     * The revision id, at most 32 characters of {@code [A-Za-z0-9_]} (it is stored in
     * {@code alembic_version.version_num varchar(32)}). Alembic-style ids are 12 hex digits.
     */
    String revision();

    /**
     * The revisions this one follows. Empty for a base revision; two or more for a merge.
     */
    String[] downRevision() default {};

    /** A one-line description, shown by {@code history} and in logs. */
    String message() default "";

    /** Names for the branch this revision starts, usable in targets such as {@code label@head}. */
    String[] branchLabels() default {};

    /** Revisions that must be applied before this one, without being its parents. */
    String[] dependsOn() default {};

    /**
     * Whether the migration runs inside a transaction. Set {@code false} for statements that
     * PostgreSQL refuses in a transaction block, such as {@code CREATE INDEX CONCURRENTLY}.
     */
    boolean transactional() default true;
}
