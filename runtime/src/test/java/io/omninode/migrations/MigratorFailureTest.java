package io.omninode.migrations;

import static io.omninode.migrations.Sql.rows;
import static io.omninode.migrations.Sql.tables;
import static io.omninode.migrations.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MigratorFailureTest extends MigratorDatabaseTest {

    MigratorFailureTest(TestDatabase database) {
        super(database);
    }

    /** a1 creates and fills account; a2 changes data and schema, then fails half-way; a3 would follow. */
    private static List<MigrationDescriptor> failingHalfWay() {
        return List.of(
                TestMigration.revision("a1").up("create table account (id int primary key, name text)",
                        "insert into account values (1, 'ada'), (2, 'grace')").down("drop table account").build(),
                TestMigration.revision("a2").after("a1").up(
                        "update account set name = upper(name)",
                        "alter table account add column email text",
                        "create table audit_trail (id int)",
                        "insert into account (id, name) values (1, 'duplicate')").build(),
                TestMigration.revision("a3").after("a2").creatingTable().build());
    }

    @Test
    void migrationFailingHalfWayLeavesSchemaVersionAndDataUntouchedAndNamesTheFailure() {
        Migrator migrator = configure(failingHalfWay()).load();
        migrator.upgrade("a1");

        MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
                () -> migrator.upgrade("head"));

        assertThat(failure.revision()).isEqualTo("a2");
        assertThat(failure.migrationMessage()).isEqualTo("migration a2");
        assertThat(failure.direction()).isEqualTo(Direction.UPGRADE);
        assertThat(failure.sql()).isEqualTo("insert into account (id, name) values (1, 'duplicate')");
        assertThat(failure.sqlState()).isEqualTo("23505");
        assertThat(failure.serverMessage()).contains("duplicate key value violates unique constraint \"account_pkey\"");
        assertThat(failure.getMessage()).startsWith("upgrade of revision a2 (migration a2) at TestMigration.java:")
                .contains(" failed with SQLSTATE 23505: ERROR: duplicate key").contains("SQL: insert into account");
        assertThat(versions(database)).containsExactly("a1");
        assertThat(rows(database, "select id, name from account order by id")).containsExactly("1|ada", "2|grace");
        assertThat(rows(database, "select column_name from information_schema.columns where table_name = 'account'"
                + " order by ordinal_position")).containsExactly("id", "name");
        assertThat(rows(database, "select to_regclass('audit_trail') is null, to_regclass('t_a3') is null"))
                .containsExactly("t|t");
    }

    @Test
    void failedAttemptIsInTheAuditLogAfterTheRollback() {
        Migrator migrator = configure(failingHalfWay()).transactionPerMigration(true).load();
        assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(MigrationFailedException.class);

        assertThat(rows(database, "select revision, direction, heads_before, heads_after, success,"
                + " error like '%23505%duplicate key%' from omninode_migration_log order by id"))
                .containsExactly("a1|upgrade||a1|t|null", "a2|upgrade|a1|a1|f|t");
    }

    @Test
    void withTransactionPerMigrationEarlierMigrationsOfTheCommandStayApplied() {
        Migrator migrator = configure(failingHalfWay()).transactionPerMigration(true).load();
        MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
                () -> migrator.upgrade("head"));
        assertThat(failure.completed()).extracting(AppliedStep::revision).containsExactly("a1");
        assertThat(versions(database)).containsExactly("a1");
    }

    /** The bookkeeping statement carries the commit: a deferred constraint failing there fails the migration. */
    @Test
    void withTransactionPerMigrationADeferredConstraintFailingAtCommitLeavesThatMigrationUnapplied() {
        List<MigrationDescriptor> migrations = List.of(
                TestMigration.revision("a1").creatingTable().build(),
                TestMigration.revision("a2").after("a1").up(
                        "create table parent (id int primary key)",
                        "create table child (parent_id int references parent deferrable initially deferred)",
                        "insert into child values (42)").build(),
                TestMigration.revision("a3").after("a2").up("create table t_a3 (id int)").build());
        MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
                () -> configure(migrations).transactionPerMigration(true).load().upgrade("head"));

        assertThat(failure.revision()).isEqualTo("a2");
        assertThat(failure.sqlState()).isEqualTo("23503");
        assertThat(failure.completed()).extracting(AppliedStep::revision).containsExactly("a1");
        assertThat(versions(database)).containsExactly("a1");
        assertThat(rows(database, "select to_regclass('child') is null and to_regclass('t_a3') is null"))
                .containsExactly("t");
        assertThat(rows(database, "select revision, success from omninode_migration_log order by id"))
                .containsExactly("a1|t", "a2|f");
    }

    @Test
    void byDefaultTheCommandIsOneTransactionSoAFailureLeavesTheDatabaseAsBeforeTheCommand() {
        Migrator migrator = configure(failingHalfWay()).load();
        MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
                () -> migrator.upgrade("head"));
        assertThat(failure.completed()).isEmpty();
        assertThat(versions(database)).isEmpty();
        assertThat(rows(database, "select to_regclass('account') is null")).containsExactly("t");
        assertThat(rows(database, "select revision, success from omninode_migration_log")).containsExactly("a2|f");
    }

    @Test
    void byDefaultASuccessfulCommandAppliesEverything() {
        Migrator migrator = configure(TestMigration.chain("a1", "a2")).load();
        assertThat(migrator.upgrade("head").steps()).hasSize(2);
        assertThat(versions(database)).containsExactly("a2");
    }

    /** Issue 10: Alembic left the database untouched where a transaction per migration left it half-upgraded. */
    @Test
    void stepTwoOfTwoFailingLeavesTheVersionTableAsBeforeByDefaultAndKeepsStepOneOnlyPerMigration() {
        migrator(List.of(TestMigration.revision("a0").creatingTable().build())).upgrade("head");
        List<MigrationDescriptor> history = List.of(TestMigration.revision("a0").creatingTable().build(),
                TestMigration.revision("a1").after("a0").up("create table account (id int)").build(),
                TestMigration.revision("a2").after("a1").up("create table account (id int)").build());

        MigrationFailedException byDefault = catchThrowableOfType(MigrationFailedException.class,
                () -> migrator(history).upgrade("head"));
        assertThat(byDefault.revision()).isEqualTo("a2");
        assertThat(byDefault.completed()).isEmpty();
        assertThat(versions(database)).containsExactly("a0");
        assertThat(rows(database, "select to_regclass('account') is null")).containsExactly("t");

        MigrationFailedException perMigration = catchThrowableOfType(MigrationFailedException.class,
                () -> configure(history).transactionPerMigration(true).load().upgrade("head"));
        assertThat(perMigration.completed()).extracting(AppliedStep::revision).containsExactly("a1");
        assertThat(versions(database)).containsExactly("a1");
    }

    @Test
    void aNonTransactionalMigrationSplitsTheCommandsTransaction() {
        List<MigrationDescriptor> migrations = List.of(
                TestMigration.revision("a1").creatingTable().build(),
                TestMigration.revision("a2").after("a1").nonTransactional().up("create table t_a2 (id int)").build(),
                TestMigration.revision("a3").after("a2").up("select no_such_function()").build());
        MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
                () -> migrator(migrations).upgrade("head"));
        assertThat(failure.completed()).extracting(AppliedStep::revision).containsExactly("a1", "a2");
        assertThat(versions(database)).containsExactly("a2");
        assertThat(tables(database)).containsExactly("t_a1", "t_a2");
    }

    @Test
    void nonTransactionalMigrationRunsInAutocommitSoConcurrentIndexBuildsWork() {
        List<MigrationDescriptor> migrations = List.of(
                TestMigration.revision("a1").up("create table item (id int)").build(),
                TestMigration.revision("a2").after("a1").nonTransactional()
                        .up("create index concurrently item_id on item (id)")
                        .down("drop index concurrently item_id").build());
        Migrator migrator = configure(migrations).load();
        migrator.upgrade("head");
        assertThat(versions(database)).containsExactly("a2");
        assertThat(rows(database, "select indexname from pg_indexes where tablename = 'item'")).containsExactly("item_id");
        migrator.downgrade("-1");
        assertThat(rows(database, "select count(*) from pg_indexes where tablename = 'item'")).containsExactly("0");
    }

    @Test
    void nonTransactionalMigrationFailureKeepsWhatRanBeforeTheFailingStatementButNotTheVersion() {
        List<MigrationDescriptor> migrations = List.of(
                TestMigration.revision("a1").nonTransactional()
                        .up("create table kept (id int)", "select no_such_function()").build());
        Migrator migrator = configure(migrations).load();
        MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
                () -> migrator.upgrade("head"));
        assertThat(failure.sqlState()).isEqualTo("42883");
        assertThat(rows(database, "select to_regclass('kept') is not null")).containsExactly("t");
        assertThat(versions(database)).isEmpty();
    }

    @Test
    void migrationCodeThatThrowsIsReportedWithItsExceptionClassAndSourceLine() {
        int[] throwingLine = new int[1];
        List<MigrationDescriptor> migrations = List.of(TestMigration.revision("a1").script(new MigrationScript() {
            @Override
            public void upgrade(Operations op) {
                op.execute("create table half (id int)");
                IllegalStateException boom = new IllegalStateException("backfill found 3 orphan rows");
                throwingLine[0] = boom.getStackTrace()[0].getLineNumber();
                throw boom;
            }

            @Override
            public void downgrade(Operations op) {}
        }).build());
        MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
                () -> configure(migrations).load().upgrade("head"));
        assertThat(failure.sql()).isNull();
        assertThat(failure.serverMessage()).isEqualTo("backfill found 3 orphan rows");
        assertThat(failure.source()).isEqualTo("MigratorFailureTest.java:" + throwingLine[0]);
        assertThat(failure.getMessage()).isEqualTo("upgrade of revision a1 (migration a1) at MigratorFailureTest.java:"
                + throwingLine[0] + " failed: java.lang.IllegalStateException: backfill found 3 orphan rows");
        assertThat(rows(database, "select to_regclass('half') is null")).containsExactly("t");
    }

    @Test
    void statementTimeoutAppliesToMigrations() {
        List<MigrationDescriptor> migrations = List.of(TestMigration.revision("a1").up("select pg_sleep(5)").build());
        MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
                () -> configure(migrations).statementTimeout(Duration.ofMillis(100)).load().upgrade("head"));
        assertThat(failure.sqlState()).isEqualTo("57014");
        assertThat(versions(database)).isEmpty();
    }

    @Test
    void lockWaitBeyondTheTimeoutFailsNamingTheSettingAndRunsNothing() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<MigrationDescriptor> slow = List.of(TestMigration.revision("a1").script(new MigrationScript() {
            @Override
            public void upgrade(Operations op) throws Exception {
                op.execute("create table slow (id int)");
                holding.countDown();
                release.await(30, TimeUnit.SECONDS);
            }

            @Override
            public void downgrade(Operations op) {}
        }).build());
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<CommandResult> first = executor.submit(() -> configure(slow).load().upgrade("head"));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            LockTimeoutException timeout = catchThrowableOfType(LockTimeoutException.class,
                    () -> configure(slow).lockWaitTimeout(Duration.ofMillis(200)).load().upgrade("head"));

            assertThat(timeout.getMessage()).contains("lockWaitTimeout").contains("lock_wait_timeout")
                    .contains("alembic_version");
            assertThat(timeout.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).steps()).hasSize(1);
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
        assertThat(versions(database)).containsExactly("a1");
    }
}
