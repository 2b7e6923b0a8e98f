package io.omninode.migrations.internal.engine;

import io.omninode.migrations.AppliedStep;
import io.omninode.migrations.MigrationFailedException;
import io.omninode.migrations.internal.plan.Plan;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a plan so that a migration waiting for a lock never stalls the application for long: the session's
 * {@code lock_timeout} (set with the advisory lock) cancels the wait, the failed attempt is rolled back by
 * the step executor, and the steps not yet committed run again after a pause that doubles each time
 * (starting at the lock timeout, at most 30 s), a bounded number of times (GitLab's lock-retry helpers and
 * strong_migrations do the same by hand).
 *
 * <p>What a retry repeats is what the rollback undid: with one transaction per command (the default) the
 * whole command, with one per migration the failed migration and those after it. A {@code transactional = false}
 * migration is never retried: the statements it ran before the timeout stay, so it fails at once.
 */
final class LockRetry {

    private static final System.Logger LOG = System.getLogger(LockRetry.class.getName());
    /** lock_not_available: lock_timeout expired. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final Duration lockTimeout;
    private final int retries;
    private final Supplier<Connection> connections;
    private final Map<String, MigrationDescriptor> migrations;

    /**
     * @param lockTimeout the session's {@code lock_timeout}, or {@code null} when it is off (one attempt)
     * @param retries how many more attempts after the first
     * @param connections opens the watch's own connection
     */
    LockRetry(Duration lockTimeout, int retries, Supplier<Connection> connections,
            Map<String, MigrationDescriptor> migrations) {
        this.lockTimeout = lockTimeout;
        this.retries = lockTimeout == null ? 0 : retries;
        this.connections = connections;
        this.migrations = migrations;
    }

    /** Runs {@code attempt} on the plan, then on what is left of it after each lock timeout. */
    List<AppliedStep> run(Plan plan, JdbcStatementSink sink, Function<Plan, List<AppliedStep>> attempt) {
        List<AppliedStep> committed = new ArrayList<>();
        Plan remaining = plan;
        for (int number = 1; ; number++) {
            LockWatch watch = lockTimeout == null ? null : LockWatch.start(connections, sink, lockTimeout);
            try {
                committed.addAll(attempt.apply(remaining));
                return committed;
            } catch (MigrationFailedException e) {
                committed.addAll(e.completed());
                Optional<LockWatch.Blocker> blocker = watch == null ? Optional.empty() : watch.blocker();
                if (!lockTimedOut(e)) {
                    throw committed.size() == e.completed().size() ? e : withCompleted(e, e.serverMessage(), committed);
                }
                if (!transactional(e.revision())) {
                    throw withCompleted(e, e.serverMessage() + " while waiting for a lock on " + lock(blocker)
                            + "; not retried, because a transactional = false migration keeps what its earlier"
                            + " statements did: end that session and run the command again", committed);
                }
                if (number > retries) {
                    throw withCompleted(e, gaveUp(number, blocker), committed);
                }
                Duration pause = pause(number);
                LOG.log(System.Logger.Level.WARNING, "waiting for a lock on {0} held by {1}: attempt {2} of {3}"
                                + " rolled back after lock_timeout {4} ms, attempt {5} in {6} ms", lock(blocker),
                        blocker.map(b -> "pid " + b.pid()).orElse("another session"), number, retries + 1,
                        lockTimeout.toMillis(), number + 1, pause.toMillis());
                sleep(pause, e);
                remaining = new Plan(committed.isEmpty() ? plan.versionRowsBefore()
                        : plan.steps().get(committed.size() - 1).versionRowsAfter(),
                        plan.steps().subList(committed.size(), plan.steps().size()));
            } finally {
                if (watch != null) {
                    watch.close();
                }
            }
        }
    }

    private boolean lockTimedOut(MigrationFailedException e) {
        return lockTimeout != null && LOCK_NOT_AVAILABLE.equals(e.sqlState());
    }

    private boolean transactional(String revision) {
        MigrationDescriptor descriptor = migrations.get(revision);
        return descriptor == null || descriptor.transactional();
    }

    /** The lock timeout, doubled for each attempt already made, at most 30 seconds. */
    Duration pause(int attemptsMade) {
        Duration pause = lockTimeout.multipliedBy(1L << Math.min(attemptsMade - 1, 20));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    private String gaveUp(int attempts, Optional<LockWatch.Blocker> blocker) {
        return "gave up after " + attempts + " attempt(s), each cancelled after waiting lock_timeout "
                + lockTimeout.toMillis() + " ms for a lock on " + lock(blocker) + " held by "
                + blocker.map(LockWatch.Blocker::session).orElse("another session")
                + "; every attempt was rolled back. End or commit that session (SELECT pg_terminate_backend("
                + blocker.map(b -> String.valueOf(b.pid())).orElse("pid") + ") if it is stuck), or raise lock_timeout"
                + " or lock_retries";
    }

    private static String lock(Optional<LockWatch.Blocker> blocker) {
        return blocker.map(LockWatch.Blocker::lock).orElse("a table");
    }

    private static MigrationFailedException withCompleted(MigrationFailedException e, String message,
            List<AppliedStep> completed) {
        return new MigrationFailedException(e.revision(), e.migrationMessage(), e.direction(), e.sql(), e.sqlState(),
                message, e.source(), completed, e.getCause() == null ? e : e.getCause());
    }

    private static void sleep(Duration pause, MigrationFailedException failure) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
