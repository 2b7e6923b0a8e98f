package io.omninode.migrations.internal.engine;

import io.omninode.migrations.internal.postgres.SqlStatement;

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

    /**
     * The statement and {@code COMMIT} in one round trip: the driver sends both before waiting, and learns
     * from the server's reply that no transaction is open any more, so its own {@code commit()} then sends
     * nothing. When the statement fails, {@code COMMIT} is not run and the transaction is rolled back as usual.
     */
    @Override
    public void executeAndCommit(StatementSink sink, SqlStatement statement) {
        sink.execute(sink.inTransaction() ? statement.sql() + ";\nCOMMIT" : statement.sql(), statement.parameters());
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
