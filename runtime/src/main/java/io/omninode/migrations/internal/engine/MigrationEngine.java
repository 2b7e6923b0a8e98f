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
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.graph.Target;
import io.omninode.migrations.graph.TargetRange;
import io.omninode.migrations.internal.plan.Plan;
import io.omninode.migrations.internal.plan.Planner;
import io.omninode.migrations.internal.plan.TargetResolver;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Internal: runs commands against the database (under the advisory lock) or into a script, and answers
 * the read commands that resolve targets. It owns the target resolver and the planner: a command is
 * checked before connecting, then resolved and planned under the lock from the version rows read there
 * (Flyway's {@code DbMigrate} shape). The public entry point is {@link io.omninode.migrations.Migrator};
 * this class has no API guarantees.
 *
 * <pre>{@code
 * MigrationEngine engine = new MigrationEngine(settings, graph, migrationsById);
 * engine.run(new Command.Upgrade(Target.parse("heads")));
 * }</pre>
 */
public final class MigrationEngine {

    private static final System.Logger LOG = System.getLogger(MigrationEngine.class.getName());

    private final MigratorSettings settings;
    private final RevisionGraph graph;
    private final Map<String, MigrationDescriptor> migrations;
    private final TargetResolver resolver;
    private final Planner planner;
    private final Connections connections;
    private final VersionStore store;

    public MigrationEngine(MigratorSettings settings, RevisionGraph graph, Map<String, MigrationDescriptor> migrations) {
        this.settings = settings;
        this.graph = graph;
        this.migrations = Map.copyOf(migrations);
        this.resolver = new TargetResolver(graph);
        this.planner = new Planner(graph);
        this.connections = new Connections(settings);
        this.store = new VersionStore(settings.versionTableSchema(), settings.versionTable(),
                settings.auditTableSchema(), settings.auditTable(), settings.auditLog());
    }

    /**
     * Resolves the targets that do not read the database, then takes the lock, reads the version rows,
     * plans, runs and releases the lock.
     *
     * @throws io.omninode.migrations.graph.InvalidTargetException before connecting, for a target that names
     *     nothing usable whatever the database holds
     * @throws UnknownDatabaseRevisionException before planning, when a row names an unknown revision (unless purging)
     */
    public CommandResult run(Command command) {
        for (Target target : command.targets()) {
            if (!target.needsCurrent()) {
                resolver.resolve(target, List.of());
            }
        }
        long started = System.nanoTime();
        return withConnection(connection -> {
            AdvisoryLock lock = new AdvisoryLock(settings.versionTableSchema(), settings.versionTable(),
                    settings.lockWaitTimeout(), settings.lockTimeout(), settings.statementTimeout());
            lock.acquire(connection);
            RuntimeException failure = null;
            try {
                JdbcStatementSink sink = new JdbcStatementSink(connection);
                store.ensureTables(connection, sink);
                VersionStore.Recorded recorded = store.readRecorded(connection, true);
                List<String> versionRows = recorded.versionRows();
                if (!command.purge()) {
                    requireKnown(versionRows);
                    if (command.direction() != Direction.STAMP) {
                        checkChecksums(recorded);
                    }
                }
                Plan plan = command.plan(resolver, planner, versionRows);
                List<AppliedStep> steps = new LockRetry(settings.lockTimeout(), settings.lockRetries(), connections::open,
                        migrations).run(plan, sink, remaining -> executor().run(remaining, command.direction(),
                                online(connection, sink), command.purge()));
                return new CommandResult(command.direction(), versionRows, plan.versionRowsAfter(), steps,
                        Duration.ofNanos(System.nanoTime() - started));
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                release(lock, connection, failure);
            }
        });
    }

    /**
     * Renders a command into a script without connecting, starting from the revisions {@code start} names
     * (none: base); the script cannot read the database, so {@code start} resolves as if at base.
     */
    public void script(Command command, Optional<Target> start, Appendable out) {
        List<String> startRows = start.map(target -> resolver.resolve(target, List.of())).orElse(List.of());
        ScriptStatementSink sink = new ScriptStatementSink(out);
        store.createTables().forEach(statement -> sink.execute(statement.sql(), statement.parameters()));
        if (settings.lockTimeout() != null) {
            sink.execute("SET lock_timeout = " + settings.lockTimeout().toMillis(), List.of());
        }
        if (settings.statementTimeout() != null) {
            sink.execute("SET statement_timeout = " + settings.statementTimeout().toMillis(), List.of());
        }
        Plan plan = command.plan(resolver, planner, startRows);
        executor().run(plan, command.direction(), offline(sink), command.purge());
    }

    /**
     * The revisions a target names, reading the version rows only when it needs them.
     *
     * @throws UnknownDatabaseRevisionException when it reads a row naming an unknown revision
     */
    public List<String> resolve(Target target) {
        return resolver.resolve(target, target.needsCurrent() ? versionRows() : List.of());
    }

    /**
     * The revisions of a history range, newest first; reads the version rows only when an endpoint
     * needs them.
     */
    public List<String> history(TargetRange range) {
        boolean needsCurrent = range.start().filter(Target::needsCurrent).isPresent()
                || range.end().filter(Target::needsCurrent).isPresent();
        List<String> versionRows = needsCurrent ? versionRows() : List.of();
        List<String> lower = range.start().map(target -> resolver.resolve(target, versionRows)).orElse(List.of());
        List<String> upper = range.end().map(target -> resolver.resolve(target, versionRows)).orElse(graph.heads());
        return graph.history(lower, upper);
    }

    /**
     * The version rows; an absent version table reads as base.
     *
     * @throws UnknownDatabaseRevisionException when a row names an unknown revision
     */
    public List<String> versionRows() {
        return withConnection(connection -> {
            List<String> versionRows = store.readVersionRows(connection);
            requireKnown(versionRows);
            return versionRows;
        });
    }

    /**
     * The version rows and the applied revisions whose checksum changed, read over one connection.
     *
     * @throws UnknownDatabaseRevisionException when a row names an unknown revision
     */
    public State state() {
        return inspect((connection, state) -> state);
    }

    /** Runs {@code work} on one connection that is closed after; for reads that need no version rows. */
    public <T> T connected(Function<Connection, T> work) {
        return withConnection(work);
    }

    /**
     * Runs {@code work} on one connection, with the version rows and changed checksums read over it
     * first: the read-only commands that compare the live schema.
     *
     * @throws UnknownDatabaseRevisionException when a row names an unknown revision
     */
    public <T> T inspect(BiFunction<Connection, State, T> work) {
        return withConnection(connection -> {
            VersionStore.Recorded recorded = store.readRecorded(connection, false);
            requireKnown(recorded.versionRows());
            return work.apply(connection, new State(recorded.versionRows(), mismatches(recorded)));
        });
    }

    /**
     * What {@link #state()} reads.
     *
     * @param versionRows the version rows, sorted
     * @param changed applied revisions whose source changed since they ran
     */
    public record State(List<String> versionRows, List<ChecksumMismatch> changed) {
        public State {
            versionRows = List.copyOf(versionRows);
            changed = List.copyOf(changed);
        }
    }

    private StepExecutor executor() {
        return new StepExecutor(store, migrations, settings.transactionPerMigration(), settings.listener(),
                settings.logSteps());
    }

    private <T> T withConnection(Function<Connection, T> work) {
        try (Connection connection = connections.open()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new ConnectionException("closing the connection failed (SQLSTATE " + e.getSQLState() + "): "
                    + e.getMessage(), e);
        }
    }

    /** @throws UnknownDatabaseRevisionException listing the unknown rows and the known heads */
    private void requireKnown(List<String> versionRows) {
        List<String> unknown = versionRows.stream().filter(row -> !graph.contains(row)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownDatabaseRevisionException(store.displayName(), unknown, graph.heads());
        }
    }

    private void checkChecksums(VersionStore.Recorded recorded) {
        List<ChecksumMismatch> changed = mismatches(recorded);
        if (changed.isEmpty()) {
            return;
        }
        if (settings.checksumMode() == ChecksumMode.FAIL) {
            throw new ChecksumMismatchException(changed);
        }
        changed.forEach(m -> LOG.log(System.Logger.Level.WARNING, "revision {0} changed since it was applied"
                + " (checksum {1} recorded, {2} now)", m.revision(), m.recorded(), m.current()));
    }

    private List<ChecksumMismatch> mismatches(VersionStore.Recorded recordedState) {
        Map<String, String> recorded = recordedState.checksums();
        if (recorded.isEmpty()) {
            return List.of();
        }
        List<String> versionRows = recordedState.versionRows();
        List<String> applied = new ArrayList<>(graph.withAncestors(versionRows.stream().filter(graph::contains).toList()));
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

    private static StepExecutor.Destination online(Connection connection, JdbcStatementSink sink) {
        JdbcTransactions transactions = new JdbcTransactions(connection);
        return new StepExecutor.Destination(sink, transactions, transactions::autocommit, (revision, line) -> {}, true);
    }

    private static StepExecutor.Destination offline(ScriptStatementSink sink) {
        return new StepExecutor.Destination(sink, sink, sink::commit, (revision, line) -> {
            sink.currentRevision(revision);
            sink.comment(line);
        }, false);
    }
}
