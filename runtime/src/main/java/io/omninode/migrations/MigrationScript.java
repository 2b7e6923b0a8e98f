package io.omninode.migrations;

/**
 * The body of a migration: what {@code upgrade} does and how {@code downgrade} undoes it.
 *
 * <p>Implemented by every class annotated with {@code @Migration}:
 *
 * <pre>{@code
 * @Migration(revision = "1975ea83b712", message = "create node table")
 * public final class CreateNodeTable implements MigrationScript {
 *     public void upgrade(Operations op) { op.execute("create table node (id uuid primary key)"); }
 *     public void downgrade(Operations op) { op.execute("drop table node"); }
 * }
 * }</pre>
 */
public interface MigrationScript {

    /** Brings the schema from the down revisions to this revision. */
    void upgrade(Operations op) throws Exception;

    /** Brings the schema from this revision back to its down revisions. */
    void downgrade(Operations op) throws Exception;
}
