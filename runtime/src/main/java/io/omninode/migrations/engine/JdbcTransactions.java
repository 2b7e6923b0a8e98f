package io.omninode.migrations.engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Transactions on a JDBC connection. {@code begin} only turns autocommit off: the driver sends
 * {@code BEGIN} together with the next statement, which saves a round trip per migration.
 */
final class JdbcTransactions implements Transactions {

    private final Connection connection;

    JdbcTransactions(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void begin() {
        try {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw new StatementFailedException("BEGIN", e);
        }
    }

    @Override
    public void commit() {
        try {
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // a deferred constraint fails here, so the caller treats this like the migration's own statement
            throw new StatementFailedException("COMMIT", e);
        }
    }

    @Override
    public void rollback() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StatementFailedException("ROLLBACK", e);
        }
    }

    /** Back to autocommit, for non-transactional migrations and the engine's own bookkeeping. */
    void autocommit() {
        try {
            if (!connection.getAutoCommit()) {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StatementFailedException("COMMIT", e);
        }
    }
}
