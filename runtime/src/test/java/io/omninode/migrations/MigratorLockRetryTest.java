package io.omninode.migrations;

import static io.omninode.migrations.Sql.rows;
import static io.omninode.migrations.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application transaction holds a lock on hook_events while a migration alters it: the migration's
 * lock_timeout keeps the other sessions' reads from queueing behind it for longer than that timeout, and
 * each timed-out attempt is rolled back and retried, naming the blocking pid.
 */
class MigratorLockRetryTest extends MigratorDatabaseTest {

    private static final Duration LOCK_TIMEOUT = Duration.ofMillis(400);

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Logger engineLog = Logger.getLogger("io.omninode.migrations.internal.engine.LockRetry");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(java.text.MessageFormat.format(record.getMessage(), record.getParameters()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    MigratorLockRetryTest(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void captureWarnings() {
        engineLog.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        engineLog.removeHandler(capture);
    }

    private static List<MigrationDescriptor> alteringHookEvents() {
        return List.of(
                TestMigration.revision("a1").up("create table hook_events (id int primary key, payload text)",
                        "insert into hook_events values (1, 'first'), (2, 'second')").build(),
                TestMigration.revision("a2").after("a1").creatingTable().build(),
                TestMigration.revision("a3").after("a2").up("insert into hook_events values (3, 'during')",
                        "alter table hook_events add column note text").build(),
                TestMigration.revision("a4").after("a3").creatingTable().build());
    }

    @Test
    void readsNeverWaitLongerThanTheLockTimeoutAndTheMigrationSucceedsOnceTheHolderCommits() throws Exception {
        Migrator migrator = configure(alteringHookEvents()).lockTimeout(LOCK_TIMEOUT).lockRetries(30).load();
        migrator.upgrade("a1");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection holder = database.connect()) {
            int holderPid = holdLock(holder);
            AtomicBoolean reading = new AtomicBoolean(true);
            Future<Long> slowestRead = threads.submit(() -> readEvery200Millis(reading));
            Future<CommandResult> upgrade = threads.submit(() -> migrator.upgrade("head"));

            Thread.sleep(2_500);
            assertThat(upgrade).isNotDone();
            holder.commit();
            CommandResult result = upgrade.get(30, TimeUnit.SECONDS);
            reading.set(false);

            assertThat(result.steps()).extracting(AppliedStep::revision).containsExactly("a2", "a3", "a4");
            assertThat(slowestRead.get(10, TimeUnit.SECONDS)).isLessThan(LOCK_TIMEOUT.toMillis() + 350);
            assertThat(warnings).isNotEmpty().allMatch(w -> w.startsWith("waiting for a lock on hook_events held by pid "
                    + holderPid + ": attempt "));
            assertThat(warnings.get(0)).contains("attempt 1 of 31 rolled back after lock_timeout 400 ms, attempt 2 in");
        } finally {
            threads.shutdownNow();
        }
        assertThat(versions(database)).containsExactly("a4");
        assertThat(rows(database, "select id from hook_events order by id")).containsExactly("1", "2", "3");
        assertThat(rows(database, "select count(*) from information_schema.columns where table_name = 'hook_events'"
                + " and column_name = 'note'")).containsExactly("1");
    }

    @Test
    void afterTheLastAttemptItFailsNamingTheBlockingSessionWithNothingChanged() throws Exception {
        Migrator migrator = configure(alteringHookEvents()).lockTimeout(Duration.ofMillis(200)).lockRetries(2).load();
        migrator.upgrade("a1");
        try (Connection holder = database.connect()) {
            int holderPid = holdLock(holder);

            MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
                    () -> migrator.upgrade("head"));

            assertThat(failure.revision()).isEqualTo("a3");
            assertThat(failure.sqlState()).isEqualTo("55P03");
            assertThat(failure.completed()).isEmpty();
            assertThat(failure.getMessage()).contains("gave up after 3 attempt(s), each cancelled after waiting"
                    + " lock_timeout 200 ms for a lock on hook_events held by pid " + holderPid + " (app-holding-lock,")
                    .contains("idle in transaction").contains("SELECT pg_terminate_backend(" + holderPid + ")")
                    .contains("SQL: alter table hook_events add column note text");
            assertThat(warnings).hasSize(2);
            holder.rollback();
        }
        assertThat(versions(database)).containsExactly("a1");
        assertThat(rows(database, "select to_regclass('t_a2') is null")).containsExactly("t");
        assertThat(rows(database, "select id from hook_events order by id")).containsExactly("1", "2");
        assertThat(rows(database, "select column_name from information_schema.columns where table_name = 'hook_events'"
                + " order by ordinal_position")).containsExactly("id", "payload");
    }

    @Test
    void withTransactionPerMigrationOnlyTheStepsNotCommittedAreRetriedAndARelativeTargetKeepsItsMeaning()
            throws Exception {
        Migrator migrator = configure(alteringHookEvents()).transactionPerMigration(true).lockTimeout(LOCK_TIMEOUT)
                .lockRetries(30).load();
        migrator.upgrade("a1");
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (Connection holder = database.connect()) {
            holdLock(holder);
            Future<CommandResult> upgrade = threads.submit(() -> migrator.upgrade("+2"));
            Thread.sleep(1_500);
            holder.commit();
            CommandResult result = upgrade.get(30, TimeUnit.SECONDS);
            assertThat(result.steps()).extracting(AppliedStep::revision).containsExactly("a2", "a3");
        } finally {
            threads.shutdownNow();
        }
        assertThat(versions(database)).containsExactly("a3");
        assertThat(rows(database, "select revision, success from omninode_migration_log where revision = 'a2'"))
                .containsExactly("a2|t");
    }

    @Test
    void withTheLockTimeoutOffNothingIsRetried() throws Exception {
        Migrator migrator = configure(alteringHookEvents()).lockTimeout("off").statementTimeout(Duration.ofMillis(500))
                .load();
        migrator.upgrade("a1");
        try (Connection holder = database.connect()) {
            holdLock(holder);
            MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
                    () -> migrator.upgrade("head"));
            assertThat(failure.sqlState()).isEqualTo("57014");
            holder.rollback();
        }
        assertThat(warnings).isEmpty();
        assertThat(versions(database)).containsExactly("a1");
    }

    /** An application transaction that read hook_events and stays open: it holds ACCESS SHARE until it ends. */
    private static int holdLock(Connection holder) throws SQLException {
        holder.setAutoCommit(false);
        try (Statement statement = holder.createStatement()) {
            statement.execute("set application_name = 'app-holding-lock'");
            try (ResultSet rs = statement.executeQuery("select count(*), pg_backend_pid() from hook_events")) {
                rs.next();
                return rs.getInt(2);
            }
        }
    }

    /** Reads hook_events from a fresh session every 200 ms; returns the slowest read in milliseconds. */
    private long readEvery200Millis(AtomicBoolean reading) throws Exception {
        long slowest = 0;
        try (Connection reader = database.connect(); Statement statement = reader.createStatement()) {
            while (reading.get()) {
                long started = System.nanoTime();
                try (ResultSet rs = statement.executeQuery("select count(*) from hook_events")) {
                    rs.next();
                }
                slowest = Math.max(slowest, Duration.ofNanos(System.nanoTime() - started).toMillis());
                Thread.sleep(200);
            }
        }
        return slowest;
    }
}
