package io.omninode.migrations.internal.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/** Runs statements on the migration's connection; parameters are always bound, never inlined. */
final class JdbcStatementSink implements StatementSink {

    private static final System.Logger LOG = System.getLogger(JdbcStatementSink.class.getName());

    private final Connection connection;

    JdbcStatementSink(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public void execute(String sql, List<?> parameters) {
        LOG.log(System.Logger.Level.DEBUG, "{0}", sql);
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
        }
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
        return connection;
    }
}
