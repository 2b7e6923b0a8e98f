package io.omninode.migrations.cli;

import static io.omninode.migrations.cli.CliRun.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every failure: its exit code, one line saying what to do, no stack trace without --debug, never the password. */
@PostgresTest
class ErrorPathsTest {

    private final TestDatabase database;
    private final DatabaseSettings server;

    ErrorPathsTest(TestDatabase database) {
        this.database = database;
        this.server = Migrator.configure().url(database.jdbcUrl()).settings().database();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void unreachableHostIsAConnectionErrorWithoutThePassword(boolean debug) {
        CliRun run = run(Map.of("OMNINODE_BRIDGE_DATABASE_URL", "postgresql://node:" + PASSWORD + "@127.0.0.1:1/bridge"),
                debug, "current");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).startsWith("ERROR [omninode] cannot connect to postgresql://node@127.0.0.1:1/bridge"
                + " (password masked): nothing listens on 127.0.0.1:1 (connection refused) (SQLSTATE 08001); check the"
                + " database settings (--url, OMNINODE_BRIDGE_DATABASE_URL, DATABASE_URL or POSTGRES_*)");
        assertOneLineUnlessDebug(run, debug);
    }

    /** Issue 10: the driver said only "The connection attempt failed. (SQLSTATE 08001)". */
    @Test
    void anUnknownHostIsNamed() {
        CliRun run = run(Map.of("OMNINODE_BRIDGE_DATABASE_URL", "postgresql://app:" + PASSWORD + "@db.invalid:5432/bridge"),
                false, "upgrade", "heads");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).startsWith("ERROR [omninode] cannot connect to postgresql://app@db.invalid:5432/bridge"
                + " (password masked): unknown host db.invalid (SQLSTATE 08001); check the database settings");
        assertOneLineUnlessDebug(run, false);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void refusedLoginForAnUnknownUserNamesTheUserNotThePassword(boolean debug) {
        CliRun run = run(Map.of("POSTGRES_HOST", server.host(), "POSTGRES_PORT", String.valueOf(server.port()),
                "POSTGRES_USER", "no_such_role", "POSTGRES_PASSWORD", PASSWORD, "POSTGRES_DATABASE", database.name()),
                debug, "upgrade", "heads");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains("cannot connect to postgresql://no_such_role@")
                .contains("the server refused the login: role \"no_such_role\" does not exist (SQLSTATE 28000)");
        assertOneLineUnlessDebug(run, debug);
    }

    @Test
    void unknownDatabaseIsAConnectionError() {
        CliRun run = run(Map.of("DATABASE_URL", "postgresql://" + server.user() + ":" + PASSWORD + "@" + server.host()
                + ":" + server.port() + "/no_such_database"), false, "history", "-r", "current:");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains("database \"no_such_database\" does not exist").contains("SQLSTATE 3D000");
        assertOneLineUnlessDebug(run, false);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void malformedUrlIsAConfigurationErrorWithThePasswordMasked(boolean debug) {
        CliRun run = run(Map.of(), debug, "--url", "postgresql://node:" + PASSWORD + "@db:54x2/bridge", "current");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains("WARN  [omninode] --url carries a password")
                .contains("ERROR [omninode] malformed database URL postgresql://node:***@db:54x2/bridge: port \"54x2\""
                        + " is not a number");
        assertThat(run.all()).doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void failedMigrationExitsWithFourAndNamesTheRevisionAndTheStatement(boolean debug) throws Exception {
        execute("create table if not exists audit_entry (id int)");
        CliRun run = run(CliRun.environment(database), debug, "upgrade", "audit@head");

        assertThat(run.exitCode()).isEqualTo(ExitCode.MIGRATION_FAILED);
        assertThat(run.err()).contains("INFO  [omninode] Running upgrade  -> 5d0c1e2f3a44, create audit entry\n")
                .contains("ERROR [omninode] upgrade of revision 5d0c1e2f3a44 (create audit entry) at V1CreateAuditEntry.java:11"
                + " failed with SQLSTATE 42P07: ERROR: relation \"audit_entry\" already exists\n"
                + "ERROR [omninode]   SQL: create table audit_entry (id bigint primary key)\n"
                + "ERROR [omninode] no step of this command stayed applied; fix the migration and run the command again");
        assertThat(run.all()).doesNotContain(PASSWORD);
        if (debug) {
            assertThat(run.err()).contains("io.omninode.migrations.MigrationFailedException");
        } else {
            assertThat(run.err()).doesNotContain("\tat ");
        }
        execute("drop table audit_entry");
    }

    @Test
    void anEditedAppliedMigrationStopsTheUpgradeUnderChecksumModeFail() throws Exception {
        Map<String, String> env = CliRun.environment(database);
        assertThat(CliRun.run(env, "upgrade", "1975ea83b712").exitCode()).isZero();
        execute("update omninode_migration_log set checksum = 'edited' where revision = '1975ea83b712'");
        Path strict = CliRun.emptyDirectory();
        Files.writeString(strict.resolve(ConfigFile.FILE_NAME), "checksum_mode = fail\n");

        CliRun run = CliRun.runIn(strict, env, "upgrade", "ae1027a6acf0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.MIGRATION_FAILED);
        assertThat(run.err()).isEqualTo("ERROR [omninode] applied revision(s) 1975ea83b712 changed since they ran;"
                + " restore their source, write a new revision for the change, or set checksumMode WARN (checksum_mode = warn in omninode-migrations.properties)\n");
        CliRun warned = CliRun.run(env, "downgrade", "base");
        assertThat(warned.exitCode()).isZero();
        assertThat(warned.err()).startsWith("WARN  [omninode] revision 1975ea83b712 changed since it was applied");
    }

    @Test
    void unknownRevisionIsAUsageError() {
        CliRun run = run(CliRun.environment(database), false, "upgrade", "deadbeef0000");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("ERROR [omninode] no revision or branch label \"deadbeef0000\"");
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        CliRun run = run(CliRun.environment(database), false, "show", "27");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("\"27\"").contains("27c6a30d7c24").contains("27f0b9e1d355");
    }

    @Test
    void headWithSeveralHeadsNamesThem() {
        CliRun run = run(CliRun.environment(database), false, "upgrade", "head");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("4f2e8d1b6a33").contains("5d0c1e2f3a44").contains("heads");
    }

    @Test
    void offlineDowngradeWithoutAStartSaysWhy() {
        CliRun run = run(CliRun.environment(database), false, "downgrade", "--sql", "base");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("offline downgrade needs the start");
    }

    @Test
    void lockHeldByAnotherRunnerTimesOutWithFive() throws Exception {
        Path workingDirectory = CliRun.emptyDirectory();
        Files.writeString(workingDirectory.resolve(ConfigFile.FILE_NAME), "lock_wait_timeout = 200ms\n");
        try (Connection holder = database.connect(); PreparedStatement lock = holder.prepareStatement(
                "select pg_advisory_lock(?)")) {
            lock.setLong(1, lockKey("alembic_version"));
            lock.execute();

            CliRun run = CliRun.runIn(workingDirectory, CliRun.environment(database), "upgrade", "heads");

            assertThat(run.exitCode()).isEqualTo(ExitCode.LOCK_TIMEOUT);
            assertThat(run.err()).startsWith("ERROR [omninode] ").contains("lock_wait_timeout");
            assertThat(run.all()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run(Map.of(), false, "upgrade").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run(Map.of(), false, "upgrayed", "head").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun none = run(Map.of(), false);
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("Missing command");
        CliRun extra = run(Map.of(), false, "current", "postgresql://node:" + PASSWORD + "@db/bridge");
        assertThat(extra.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(extra.err()).isEqualTo("ERROR [omninode] Unmatched argument at index 1: 'postgresql://node:***@db/bridge'\n"
                + "ERROR [omninode] see 'omninode-migrate current --help' for the commands and options\n");
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun run = run(Map.of(), false, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:").contains("6    the database is at a revision the migrations do"
                + " not know").contains("upgrade").contains("graph");
    }

    /** The key the runtime derives for a version table in the search path (AdvisoryLock). */
    private static long lockKey(String table) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(("omninode-migrations:." + table)
                .getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    private static CliRun run(Map<String, String> environment, boolean debug, String... args) {
        if (!debug) {
            return CliRun.run(environment, args);
        }
        String[] withDebug = new String[args.length + 1];
        withDebug[0] = "--debug";
        System.arraycopy(args, 0, withDebug, 1, args.length);
        return CliRun.run(environment, withDebug);
    }

    private static void assertOneLineUnlessDebug(CliRun run, boolean debug) {
        assertThat(run.all()).doesNotContain(PASSWORD);
        assertThat(run.out()).isEmpty();
        if (debug) {
            assertThat(run.err()).contains("\tat io.omninode.migrations");
        } else {
            assertThat(run.err().lines().toList()).hasSize(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
