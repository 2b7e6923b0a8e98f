package io.omninode.migrations;

import java.sql.Connection;

/**
 * What a migration may do to the database: the Java counterpart of Alembic's {@code op}.
 *
 * <p>Online, statements run on the migration's connection inside its transaction; offline
 * ({@code --sql}) they are written into the generated script instead.
 *
 * <pre>{@code
 * public void upgrade(Operations op) {
 *     op.execute("alter table node add column status text not null default 'active'");
 * }
 * }</pre>
 */
public interface Operations {

    /** Runs one SQL statement (online) or writes it into the script (offline). */
    void execute(String sql);

    /**
     * The migration's JDBC connection, for anything the other operations do not cover.
     * Do not commit, roll back or close it: the engine owns the transaction.
     *
     * @throws IllegalStateException in offline mode, where there is no connection
     */
    Connection connection();
}
