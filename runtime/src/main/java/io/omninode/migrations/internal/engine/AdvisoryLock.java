package io.omninode.migrations.internal.engine;

import io.omninode.migrations.ConnectionException;
import io.omninode.migrations.LockTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * The session-level PostgreSQL advisory lock that serializes runners sharing a version table. Its
 * key is derived from the table's schema and name, so two applications with separate version
 * tables in one database do not block each other.
 *
 * <p>The wait is bounded with {@code lock_timeout}, which PostgreSQL applies to advisory locks too;
 * the same round trips then install the run's own {@code lock_timeout} and {@code statement_timeout},
 * and the release restores the session's settings (the connection may come from a pool).
 */
final class AdvisoryLock {

    private static final System.Logger LOG = System.getLogger(AdvisoryLock.class.getName());
    /** lock_not_available: lock_timeout expired. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final long key;
    private final String table;
    private final Duration wait;
    private final Duration lockTimeout;
    private final Duration statementTimeout;

    /** The session's settings before the lock, restored on release. */
    private String savedLockTimeout;
    private String savedStatementTimeout;

    AdvisoryLock(String schema, String table, Duration wait, Duration lockTimeout, Duration statementTimeout) {
        this.key = keyFor(schema, table);
        this.table = (schema == null ? "" : schema + ".") + table;
        this.wait = wait;
        this.lockTimeout = lockTimeout;
        this.statementTimeout = statementTimeout;
    }

    /** The first 8 bytes of SHA-256 over the qualified table name: stable across JVMs and versions. */
    static long keyFor(String schema, String table) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("omninode-migrations:" + (schema == null ? "" : schema) + "." + table)
                            .getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    long key() {
        return key;
    }

    /**
     * Waits for the lock, at most the configured wait.
     *
     * @throws LockTimeoutException naming the setting to raise
     */
    void acquire(Connection connection) {
        String[] saved = VersionStore.query(connection,
                "SELECT current_setting('lock_timeout'), current_setting('statement_timeout'),"
                        + " set_config('lock_timeout', ?, false)",
                List.of(Math.max(1, wait.toMillis()) + "ms"), "preparing to take the migration lock", rs -> {
                    rs.next();
                    return new String[] {rs.getString(1), rs.getString(2)};
                });
        savedLockTimeout = saved[0];
        savedStatementTimeout = saved[1];
        long started = System.nanoTime();
        LOG.log(System.Logger.Level.DEBUG, "taking migration lock {0} for {1}", key, table);
        try {
            VersionStore.query(connection, "SELECT pg_advisory_lock(?), set_config('lock_timeout', ?, false),"
                            + " set_config('statement_timeout', ?, false)",
                    List.of(key, lockTimeout == null ? savedLockTimeout : millis(lockTimeout),
                            statementTimeout == null ? savedStatementTimeout : millis(statementTimeout)),
                    "taking the migration lock", rs -> rs.next());
        } catch (ConnectionException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.sqlState())) {
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                LockTimeoutException timeout = new LockTimeoutException("another runner held the migration lock on " + table + " for more than "
                        + wait.toMillis() + " ms (lockWaitTimeout, config key lock_wait_timeout); let it finish, or"
                        + " raise lockWaitTimeout", waited, e);
                try {
                    VersionStore.query(connection, "SELECT set_config('lock_timeout', ?, false)",
                            List.of(savedLockTimeout), "restoring lock_timeout", rs -> rs.next());
                } catch (ConnectionException restoring) {
                    timeout.addSuppressed(restoring);
                }
                throw timeout;
            }
            throw e;
        }
    }

    /** Releases the lock and restores the session's timeouts. */
    void release(Connection connection) {
        VersionStore.query(connection, "SELECT pg_advisory_unlock(?), set_config('lock_timeout', ?, false),"
                        + " set_config('statement_timeout', ?, false)",
                List.of(key, savedLockTimeout, savedStatementTimeout), "releasing the migration lock", rs -> rs.next());
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + "ms";
    }

}
