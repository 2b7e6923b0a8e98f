package io.omninode.migrations.internal.engine;

import io.omninode.migrations.Operations;
import java.sql.Connection;
import java.util.List;

/**
 * The engine's {@link Operations} for tests outside the engine (the schema diff's and the stub writer's),
 * which keeps the statement path package-private in the runtime itself.
 */
public final class EngineOperations {

    private EngineOperations() {}

    /** Runs each statement on the connection as it stands (autocommit or in its transaction). */
    public static Operations on(Connection connection) {
        return new SqlOperations(new JdbcStatementSink(connection));
    }

    /** Records each statement with its parameters ({@code sql [params]}), as outside a transaction. */
    public static Operations recording(List<String> statements) {
        return new SqlOperations(new StatementSink() {
            @Override
            public void execute(String sql, List<?> parameters) {
                statements.add(sql + " " + parameters);
            }

            @Override
            public boolean inTransaction() {
                return false;
            }

            @Override
            public Connection connection() {
                throw new IllegalStateException("recording only");
            }
        });
    }
}
