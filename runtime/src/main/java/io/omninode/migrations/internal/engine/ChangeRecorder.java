package io.omninode.migrations.internal.engine;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.schema.change.SchemaChange;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a migration's {@code upgrade} through the same {@code Operations} as the engine and records the
 * {@link SchemaChange}s it makes: offline, where nothing runs, for lint's static rules, or on a connection
 * whose transaction the caller owns, for lint's measurements.
 */
public final class ChangeRecorder {

    /**
     * What an upgrade did.
     *
     * @param changes the changes in the order the migration made them
     * @param stoppedBy why recording stopped before the end (the migration needed a live connection offline,
     *     or threw), or empty when the upgrade ran to its end
     */
    public record Recording(List<SchemaChange> changes, Optional<String> stoppedBy) {

        public Recording {
            changes = List.copyOf(changes);
            Objects.requireNonNull(stoppedBy, "stoppedBy");
        }
    }

    private ChangeRecorder() {}

    /** Records without a database: each change is rendered but no statement runs. */
    public static Recording offline(MigrationScript script) {
        Sink sink = new Sink(null);
        try {
            script.upgrade(new SqlOperations(sink));
            return new Recording(sink.changes, Optional.empty());
        } catch (Exception | LinkageError e) {
            return new Recording(sink.changes, Optional.of(String.valueOf(e.getMessage())));
        }
    }

    /**
     * Runs the upgrade's statements on {@code connection}, inside whatever transaction the caller began, and
     * returns the changes made; a failure propagates as the migration's own exception.
     */
    public static List<SchemaChange> online(MigrationScript script, Connection connection) throws Exception {
        Sink sink = new Sink(new JdbcStatementSink(connection));
        script.upgrade(new SqlOperations(sink));
        return List.copyOf(sink.changes);
    }

    /** Records each change, then passes its statements on to a live sink or, offline, drops them. */
    private static final class Sink implements StatementSink {

        private final StatementSink live;
        private final List<SchemaChange> changes = new ArrayList<>();

        Sink(StatementSink live) {
            this.live = live;
        }

        @Override
        public void changing(SchemaChange change) {
            changes.add(change);
        }

        @Override
        public void execute(String sql, List<?> parameters) {
            if (live != null) {
                live.execute(sql, parameters);
            }
        }

        // offline, nothing runs in a transaction block: a CONCURRENTLY index is recorded for the rule
        // that reports it instead of being refused here
        @Override
        public boolean inTransaction() {
            return live != null && live.inTransaction();
        }

        @Override
        public Connection connection() {
            if (live == null) {
                throw new IllegalStateException("it calls Operations.connection(), which needs a live database");
            }
            return live.connection();
        }
    }
}
