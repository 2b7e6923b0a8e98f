package io.omninode.migrations.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.postgresql.PGConnection;

/**
 * Watches one migration attempt from a second connection and remembers which lock the migration's
 * session waits for and which session holds it ({@code pg_blocking_pids}). Once PostgreSQL cancels the
 * wait with {@code lock_timeout} the wait is gone from {@code pg_locks}, so it is sampled while it lasts:
 * every half timeout, but only when a statement has been running for a quarter of it (or the migration runs its
 * own on the connection), the second connection opened only by the first such sample: quick statements,
 * however many, cost nothing.
 */
final class LockWatch implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LockWatch.class.getName());

    private static final String BLOCKER = "SELECT coalesce(w.relation::regclass::text, w.locktype || ' lock'),"
            + " b.pid, coalesce(nullif(b.application_name, ''), '(no application name)'), b.usename, b.state,"
            + " to_char(b.xact_start, 'YYYY-MM-DD HH24:MI:SS'), left(regexp_replace(b.query, '\\s+', ' ', 'g'), 120)"
            + " FROM pg_locks w CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS blocking(pid)"
            + " JOIN pg_stat_activity b ON b.pid = blocking.pid"
            + " WHERE w.pid = ? AND NOT w.granted ORDER BY b.xact_start LIMIT 1";

    /**
     * The lock a migration waited for and the session holding it.
     *
     * @param lock the relation ({@code hook_events}), else the lock type ({@code transactionid lock})
     * @param pid the blocking session's process id
     * @param session the blocking session as a person finds it in {@code pg_stat_activity}
     */
    record Blocker(String lock, int pid, String session) {}

    private final Supplier<Connection> connections;
    private final JdbcStatementSink watched;
    private final Duration every;
    private final int watchedPid;
    private final ScheduledExecutorService sampler;
    private volatile Blocker last;
    private Connection connection;

    private LockWatch(Supplier<Connection> connections, JdbcStatementSink watched, Duration every) {
        this.connections = connections;
        this.watched = watched;
        this.every = every;
        this.watchedPid = backendPid(watched.session());
        this.sampler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "omninode-lock-watch");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(20, every.toMillis());
        sampler.scheduleWithFixedDelay(this::sample, period, period, TimeUnit.MILLISECONDS);
    }

    /** Starts watching the session of {@code migration}, sampling every half {@code lockTimeout}. */
    static LockWatch start(Supplier<Connection> connections, JdbcStatementSink migration, Duration lockTimeout) {
        return new LockWatch(connections, migration, lockTimeout.dividedBy(2));
    }

    /** What the last sample saw, if it saw the migration waiting. */
    Optional<Blocker> blocker() {
        return Optional.ofNullable(last);
    }

    private void sample() {
        // half a period: whenever a wait starts, a later sample finds it between half and one and a half periods
        // old, before lock_timeout (two periods) cancels it
        if (!watched.mayBeWaiting(every.dividedBy(2))) {
            return;
        }
        try {
            if (connection == null) {
                connection = connections.get();
            }
            Blocker seen = VersionStore.query(connection, BLOCKER, List.of(watchedPid), "reading pg_locks",
                    rs -> rs.next() ? new Blocker(rs.getString(1), rs.getInt(2), describe(rs.getInt(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))) : null);
            if (seen != null) {
                last = seen;
            }
        } catch (RuntimeException e) {
            // the watch only improves the message; the migration goes on without it
            LOG.log(System.Logger.Level.DEBUG, "lock watch failed: {0}", e.getMessage());
        }
    }

    private static String describe(int pid, String application, String user, String state, String since,
            String query) {
        return "pid " + pid + " (" + application + ", user " + user + ", " + state
                + (since == null ? "" : ", transaction open since " + since) + ", last query: " + query + ")";
    }

    private static int backendPid(Connection migration) {
        try {
            return migration.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return VersionStore.query(migration, "SELECT pg_backend_pid()", List.of(), "reading the backend pid",
                    rs -> rs.next() ? rs.getInt(1) : 0);
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        try {
            sampler.awaitTermination(5, TimeUnit.SECONDS);
            if (connection != null) {
                connection.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the lock watch failed: {0}", e.getMessage());
        }
    }
}
