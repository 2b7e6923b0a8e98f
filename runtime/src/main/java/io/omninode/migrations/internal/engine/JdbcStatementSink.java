package io.omninode.migrations.internal.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Runs statements on the migration's connection; parameters are always bound, never inlined. Remembers since
 * when a statement runs, so that the lock watch looks at {@code pg_locks} only while one could be waiting.
 */
final class JdbcStatementSink implements StatementSink {

    private static final System.Logger LOG = System.getLogger(JdbcStatementSink.class.getName());

    private final Connection connection;
    /** {@link System#nanoTime()} when the running statement started; {@code null} while none runs. */
    private volatile Long runningSince;
    /** Set once a migration took the connection itself: what it runs on it is not timed here. */
    private volatile boolean lent;

    JdbcStatementSink(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public void execute(String sql, List<?> parameters) {
        LOG.log(System.Logger.Level.DEBUG, "{0}", sql);
        runningSince = System.nanoTime();
        try {
            if (parameters.isEmpty()) {
                // A plain statement: in a prepared one, a literal '?' (jsonb's ? operator) would be a placeholder.
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                statement.execute();
            }
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e);
        } finally {
            runningSince = null;
        }
    }

    /** Whether a statement on the connection may have been running for {@code atLeast}, waiting for a lock maybe. */
    boolean mayBeWaiting(Duration atLeast) {
        Long since = runningSince;
        return lent || since != null && System.nanoTime() - since >= atLeast.toNanos();
    }

    /** The connection, for the engine's own use (not lent to a migration). */
    Connection session() {
        return connection;
    }

    @Override
    public boolean inTransaction() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw new StatementFailedException("-- reading autocommit", e);
        }
    }

    @Override
    public Connection connection() {
        lent = true;
        return connection;
    }
}
