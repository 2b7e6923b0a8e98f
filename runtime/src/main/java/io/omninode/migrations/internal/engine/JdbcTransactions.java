package io.omninode.migrations.internal.engine;

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
        // a deferred constraint fails here, so the caller treats this like the migration's own statement
        inOpenTransaction("COMMIT", Connection::commit);
    }

    @Override
    public void rollback() {
        inOpenTransaction("ROLLBACK", Connection::rollback);
    }

    private interface ConnectionAction {
        void run(Connection connection) throws SQLException;
    }

    private void inOpenTransaction(String sql, ConnectionAction action) {
        try {
            if (!connection.getAutoCommit()) {
                action.run(connection);
            }
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e);
        }
    }

    /** Back to autocommit, for non-transactional migrations and the engine's own bookkeeping. */
    void autocommit() {
        inOpenTransaction("COMMIT", c -> {
            c.commit();
            c.setAutoCommit(true);
        });
    }
}
