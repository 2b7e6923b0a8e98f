package io.omninode.migrations.internal.engine;

import io.omninode.migrations.AppliedStep;
import io.omninode.migrations.ChecksumMismatch;
import io.omninode.migrations.ChecksumMismatchException;
import io.omninode.migrations.ChecksumMode;
import io.omninode.migrations.CommandResult;
import io.omninode.migrations.ConnectionException;
import io.omninode.migrations.Direction;
import io.omninode.migrations.UnknownDatabaseRevisionException;
import io.omninode.migrations.config.MigratorSettings;
import io.omninode.migrations.internal.plan.Plan;
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Internal: runs commands against the database (under the advisory lock) or into a script. The public
 * entry point is {@link io.omninode.migrations.Migrator}; this class has no API guarantees.
 *
 * <pre>{@code
 * MigrationEngine engine = new MigrationEngine(settings, graph, migrationsById);
 * engine.run(new Command(Direction.UPGRADE, rows -> planner.upgrade(rows, graph.heads()), false));
 * }</pre>
 */
public final class MigrationEngine {

    private static final System.Logger LOG = System.getLogger(MigrationEngine.class.getName());

    private final MigratorSettings settings;
    private final RevisionGraph graph;
    private final Map<String, MigrationDescriptor> migrations;
    private final Connections connections;
    private final VersionStore store;

    public MigrationEngine(MigratorSettings settings, RevisionGraph graph, Map<String, MigrationDescriptor> migrations) {
        this.settings = settings;
        this.graph = graph;
        this.migrations = Map.copyOf(migrations);
        this.connections = new Connections(settings);
        this.store = new VersionStore(settings.versionTableSchema(), settings.versionTable(),
                settings.auditTableSchema(), settings.auditTable(), settings.auditLog());
    }

    /** What a command does once the version rows are known: its plan, and whether it starts with a purge. */
    public record Command(Direction direction, Function<List<String>, Plan> planner, boolean purge) {}

    /**
     * Takes the lock, reads the version rows, plans, runs, releases the lock.
     *
     * @throws UnknownDatabaseRevisionException before planning, when a row names an unknown revision (unless purging)
     */
    public CommandResult run(Command command) {
        long started = System.nanoTime();
        return withConnection(connection -> {
            AdvisoryLock lock = new AdvisoryLock(settings.versionTableSchema(), settings.versionTable(),
                    settings.lockWaitTimeout(), settings.lockTimeout(), settings.statementTimeout());
            lock.acquire(connection);
            RuntimeException failure = null;
            try {
                JdbcStatementSink sink = new JdbcStatementSink(connection);
                store.ensureTables(connection, sink);
                List<String> rows = store.readRows(connection, true);
                if (!command.purge()) {
                    requireKnown(rows);
                    if (command.direction() != Direction.STAMP) {
                        checkChecksums(connection, rows);
                    }
                }
                Plan plan = command.planner().apply(rows);
                List<AppliedStep> steps = new StepExecutor(store, migrations, settings.transactionPerMigration(), settings.listener())
                        .run(plan, command.direction(), online(connection, sink), command.purge());
                return new CommandResult(command.direction(), rows, plan.headsAfter(), steps,
                        Duration.ofNanos(System.nanoTime() - started));
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                release(lock, connection, failure);
            }
        });
    }

    /** Renders a command into a script, starting from the given version rows, without connecting. */
    public void script(Command command, List<String> startRows, Appendable out) {
        ScriptStatementSink sink = new ScriptStatementSink(out);
        store.createTables().forEach(statement -> sink.execute(statement.sql(), statement.parameters()));
        if (settings.lockTimeout() != null) {
            sink.execute("SET lock_timeout = " + settings.lockTimeout().toMillis(), List.of());
        }
        if (settings.statementTimeout() != null) {
            sink.execute("SET statement_timeout = " + settings.statementTimeout().toMillis(), List.of());
        }
        Plan plan = command.planner().apply(startRows);
        new StepExecutor(store, migrations, settings.transactionPerMigration(), settings.listener())
                .run(plan, command.direction(), offline(sink), command.purge());
    }

    /** The version rows; an absent version table reads as base. */
    public List<String> currentRows() {
        return withConnection(connection -> store.readRows(connection, false));
    }

    /**
     * The version rows and the applied revisions whose checksum changed, read over one connection.
     *
     * @throws UnknownDatabaseRevisionException when a row names an unknown revision
     */
    public State state() {
        return withConnection(connection -> {
            List<String> rows = store.readRows(connection, false);
            requireKnown(rows);
            return new State(rows, mismatches(store.recordedChecksums(connection), rows));
        });
    }

    /**
     * What {@link #state()} reads.
     *
     * @param rows the version rows, sorted
     * @param changed applied revisions whose source changed since they ran
     */
    public record State(List<String> rows, List<ChecksumMismatch> changed) {
        public State {
            rows = List.copyOf(rows);
            changed = List.copyOf(changed);
        }
    }

    private <T> T withConnection(Function<Connection, T> work) {
        try (Connection connection = connections.open()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new ConnectionException("closing the connection failed (SQLSTATE " + e.getSQLState() + "): "
                    + e.getMessage(), e);
        }
    }

    /** The rows that name revisions the graph does not know. */
    public List<String> unknown(List<String> rows) {
        return rows.stream().filter(row -> !graph.contains(row)).toList();
    }

    /** @throws UnknownDatabaseRevisionException listing the unknown rows and the known heads */
    public void requireKnown(List<String> rows) {
        List<String> unknown = unknown(rows);
        if (!unknown.isEmpty()) {
            throw new UnknownDatabaseRevisionException(store.displayName(), unknown, graph.heads());
        }
    }

    private void checkChecksums(Connection connection, List<String> rows) {
        List<ChecksumMismatch> changed = mismatches(store.recordedChecksums(connection), rows);
        if (changed.isEmpty()) {
            return;
        }
        if (settings.checksumMode() == ChecksumMode.FAIL) {
            throw new ChecksumMismatchException(changed);
        }
        changed.forEach(m -> LOG.log(System.Logger.Level.WARNING, "revision {0} changed since it was applied"
                + " (checksum {1} recorded, {2} now)", m.revision(), m.recorded(), m.current()));
    }

    private List<ChecksumMismatch> mismatches(Map<String, String> recorded, List<String> rows) {
        List<String> applied = new ArrayList<>(new io.omninode.migrations.internal.plan.Planner(graph).closure(
                rows.stream().filter(graph::contains).toList()));
        applied.sort(Comparator.comparingInt(graph::order));
        List<ChecksumMismatch> changed = new ArrayList<>();
        for (String revision : applied) {
            String before = recorded.get(revision);
            MigrationDescriptor descriptor = migrations.get(revision);
            if (before == null || descriptor == null) {
                continue;
            }
            String now = descriptor.checksumComparableTo(before);
            if (!before.equals(now)) {
                changed.add(new ChecksumMismatch(revision, before, now));
            }
        }
        return changed;
    }

    private static void release(AdvisoryLock lock, Connection connection, RuntimeException failure) {
        try {
            connection.setAutoCommit(true);
            lock.release(connection);
        } catch (SQLException | RuntimeException e) {
            if (failure == null) {
                throw e instanceof SQLException sql
                        ? new ConnectionException("releasing the migration lock failed: " + sql.getMessage(), sql)
                        : (RuntimeException) e;
            }
            failure.addSuppressed(e);
        }
    }

    private static StepExecutor.Target online(Connection connection, JdbcStatementSink sink) {
        JdbcTransactions transactions = new JdbcTransactions(connection);
        return new StepExecutor.Target(sink, transactions, transactions::autocommit, (revision, line) -> {}, true);
    }

    private static StepExecutor.Target offline(ScriptStatementSink sink) {
        return new StepExecutor.Target(sink, sink, sink::commit, (revision, line) -> {
            sink.currentRevision(revision);
            sink.comment(line);
        }, false);
    }
}
