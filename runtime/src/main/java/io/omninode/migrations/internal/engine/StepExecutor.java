package io.omninode.migrations.internal.engine;

import io.omninode.migrations.AppliedStep;
import io.omninode.migrations.Direction;
import io.omninode.migrations.MigrationFailedException;
import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.internal.plan.Plan;
import io.omninode.migrations.internal.plan.PlanStep;
import io.omninode.migrations.internal.postgres.SqlStatement;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Runs a plan's steps, online or into a script: each migration with its version update and audit
 * row in one transaction (or the whole plan in one, when configured), non-transactional migrations
 * in autocommit. On failure the open transaction is rolled back, the attempt is written to the audit
 * log in a transaction of its own, and nothing after it runs.
 */
final class StepExecutor {

    private static final System.Logger LOG = System.getLogger(StepExecutor.class.getName());

    private final VersionStore store;
    private final Map<String, MigrationDescriptor> migrations;
    private final boolean transactionPerMigration;
    private final MigrationListener listener;
    private final boolean logSteps;

    StepExecutor(VersionStore store, Map<String, MigrationDescriptor> migrations, boolean transactionPerMigration,
            MigrationListener listener, boolean logSteps) {
        this.store = store;
        this.migrations = migrations;
        this.transactionPerMigration = transactionPerMigration;
        this.listener = listener;
        this.logSteps = logSteps;
    }

    /**
     * Where steps go.
     *
     * @param sink receives the statements
     * @param transactions transaction control
     * @param autocommit leaves any transaction so the next statements run in autocommit
     * @param starting told the revision and its progress line before each step (offline: a script comment)
     * @param online whether statements really run (durations and failure audit rows only make sense then)
     */
    record Destination(StatementSink sink, Transactions transactions, Runnable autocommit,
            BiConsumer<String, String> starting, boolean online) {}

    /** The steps done so far and the one under way, for the result and for the failure report. */
    private static final class Progress {
        final List<AppliedStep> committed = new ArrayList<>();
        /** Done inside the command's single transaction, committed only with it. */
        final List<AppliedStep> pending = new ArrayList<>();
        PlanStep step;
        /** The running migration's class, to find its line in a failure's stack trace. */
        Class<?> scriptClass;
        long startedNanos;
        OffsetDateTime startedAt;

        void start(PlanStep next, boolean online) {
            step = next;
            scriptClass = null;
            startedNanos = System.nanoTime();
            startedAt = online ? OffsetDateTime.now() : null;
        }

        void commitPending() {
            committed.addAll(pending);
            pending.clear();
        }

        long elapsedMillis() {
            return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        }
    }

    List<AppliedStep> run(Plan plan, Direction direction, Destination destination, boolean purge) {
        Progress progress = new Progress();
        List<MigrationDescriptor> ahead = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            MigrationDescriptor descriptor = descriptor(step);
            if (descriptor != null) {
                ahead.add(descriptor);
            }
        }
        try (ClassPreloader preloader = ClassPreloader.start(ahead)) {
            for (PlanStep step : plan.steps()) {
                progress.start(step, destination.online());
                runStep(direction, destination, purge, progress);
            }
            destination.transactions().commit();
            progress.commitPending();
            return progress.committed;
        } catch (Exception e) {
            throw failed(e, direction, destination, progress);
        }
    }

    private void runStep(Direction direction, Destination destination, boolean purge, Progress progress)
            throws Exception {
        PlanStep step = progress.step;
        MigrationDescriptor descriptor = descriptor(step);
        boolean transactional = descriptor == null || descriptor.transactional();
        if (transactional) {
            destination.transactions().begin();
        } else {
            // a migration that cannot run in a transaction block commits whatever came before it
            destination.autocommit().run();
            progress.commitPending();
        }
        String line = describe(direction, step, descriptor);
        if (logSteps) {
            LOG.log(System.Logger.Level.INFO, "Running {0}", line);
        }
        destination.starting().accept(step.revisionId(), "Running " + line);
        listener.stepStarting(direction, step.revisionId(), line);
        if (purge) {
            store.purge(destination.sink());
        }
        if (descriptor != null) {
            MigrationScript script = descriptor.factory().get();
            progress.scriptClass = script.getClass();
            SqlOperations op = new SqlOperations(destination.sink());
            if (step.upgrade()) {
                script.upgrade(op);
            } else {
                script.downgrade(op);
            }
        }
        Optional<SqlStatement> record = store.stepRecord(step, direction, checksum(direction, descriptor),
                progress.startedAt, destination.online() ? progress.elapsedMillis() : null);
        boolean commitNow = transactionPerMigration || !transactional;
        if (commitNow && record.isPresent()) {
            destination.transactions().executeAndCommit(destination.sink(), record.get());
        } else {
            record.ifPresent(r -> destination.sink().execute(r.sql(), r.parameters()));
            if (commitNow) {
                destination.transactions().commit();
            }
        }
        AppliedStep applied = new AppliedStep(step.revisionId(), descriptor == null ? "" : descriptor.message(),
                direction, step.versionRowsBefore(), step.versionRowsAfter(),
                Duration.ofNanos(System.nanoTime() - progress.startedNanos));
        if (destination.online()) {
            listener.stepFinished(applied);
        }
        (commitNow ? progress.committed : progress.pending).add(applied);
    }

    private MigrationDescriptor descriptor(PlanStep step) {
        return step == null || step.revision() == null ? null : migrations.get(step.revisionId());
    }

    private MigrationFailedException failed(Exception e, Direction direction, Destination destination,
            Progress progress) {
        PlanStep step = progress.step;
        MigrationDescriptor descriptor = descriptor(step);
        String sql = null;
        String sqlState = null;
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        if (e instanceof StatementFailedException statement) {
            sql = statement.sql();
            sqlState = statement.sqlState();
            message = statement.getCause().getMessage();
        } else if (e instanceof SQLException sqlException) {
            sqlState = sqlException.getSQLState();
        }
        String revision = step == null ? "(none)" : step.revision() == null ? "(stamp)" : step.revisionId();
        MigrationFailedException failure = new MigrationFailedException(revision,
                descriptor == null ? "" : descriptor.message(), direction, sql, sqlState, message,
                source(e, progress.scriptClass), progress.committed, e);
        if (destination.online() && step != null) {
            recordFailure(failure, direction, destination, progress);
        }
        return failure;
    }

    /** Rolls back, then writes the failed attempt to the audit log in a transaction of its own. */
    private void recordFailure(MigrationFailedException failure, Direction direction, Destination destination,
            Progress progress) {
        try {
            destination.transactions().rollback();
            destination.transactions().begin();
            store.recordFailure(destination.sink(), progress.step, direction, checksum(direction, descriptor(progress.step)),
                    progress.startedAt, progress.elapsedMillis(), failure.getMessage());
            destination.transactions().commit();
        } catch (RuntimeException auditFailure) {
            failure.addSuppressed(auditFailure);
            try {
                destination.transactions().rollback();
            } catch (RuntimeException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
        }
    }

    /** {@code File.java:17}: the innermost frame of the migration's class (or a class nested in it). */
    private static String source(Throwable failure, Class<?> scriptClass) {
        if (scriptClass == null) {
            return null;
        }
        String name = scriptClass.getName();
        String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String frameClass = frame.getClassName();
                if ((frameClass.equals(outer) || frameClass.startsWith(outer + "$")) && frame.getFileName() != null
                        && frame.getLineNumber() > 0) {
                    return frame.getFileName() + ":" + frame.getLineNumber();
                }
            }
        }
        return null;
    }

    private static String checksum(Direction direction, MigrationDescriptor descriptor) {
        return descriptor == null || direction != Direction.UPGRADE ? null : descriptor.checksum();
    }

    /** Alembic's progress line: "upgrade 1975ea83b712 -> ae1027a6acf, add account table". */
    static String describe(Direction direction, PlanStep step, MigrationDescriptor descriptor) {
        String from = String.join(", ", step.removedVersionRows());
        String to = String.join(", ", step.addedVersionRows());
        if (step.revision() != null && step.upgrade()) {
            from = String.join(", ", step.revision().downRevisions());
            to = step.revisionId();
        } else if (step.revision() != null) {
            from = step.revisionId();
            to = String.join(", ", step.revision().downRevisions());
        }
        return direction.word() + " " + from + " -> " + to + (descriptor == null ? "" : ", " + descriptor.message());
    }
}
