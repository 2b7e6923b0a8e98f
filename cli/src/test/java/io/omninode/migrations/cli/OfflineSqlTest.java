package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * --sql: the script alone on standard output, and it runs cleanly on a real database: piped into
 * {@code psql -v ON_ERROR_STOP=1} when psql is installed, else sent through JDBC.
 */
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfflineSqlTest {

    @Test
    @Order(1)
    void upgradeSqlWritesOnlySqlToStandardOutputAndItRuns(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "upgrade", "--sql", "heads");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CREATE TABLE IF NOT EXISTS alembic_version")
                .contains("create table node (id bigint primary key, name text);")
                .contains("SET lock_timeout = 3000;")
                .doesNotContain("INFO").doesNotContain("[omninode]");
        assertThat(run.err().lines()).first().isEqualTo("INFO  [omninode] Generating static SQL");
        assertThat(run.err()).contains("INFO  [omninode] Running upgrade  -> 1975ea83b712, create node table\n")
                .endsWith("INFO  [omninode] Wrote the SQL of 6 step(s) to standard output\n");

        runScript(database, run.out());

        assertThat(StateChangeCommandsTest.versions(database)).containsExactly("4f2e8d1b6a33", "5d0c1e2f3a44");
        assertThat(CliRun.run(CliRun.environment(database), "upgrade", "heads").err()).contains("Nothing to do");
    }

    @Test
    @Order(2)
    void downgradeSqlFromARangeRunsBackToTheStart(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "downgrade", "--sql", "4f2e8d1b6a33:ae1027a6acf0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("alter table node drop column region;");
        runScript(database, run.out());

        assertThat(StateChangeCommandsTest.versions(database)).containsExactly("5d0c1e2f3a44", "ae1027a6acf0");
    }

    @Test
    @Order(3)
    void stampSqlRewritesTheVersionTable(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "stamp", "--sql", "--purge", "1975ea83b712");

        assertThat(run.exitCode()).as(run.err()).isZero();
        runScript(database, run.out());

        assertThat(StateChangeCommandsTest.versions(database)).containsExactly("1975ea83b712");
    }

    @Test
    @Order(4)
    void theScriptSetsTheLockTimeoutOfTheOptionTheEnvironmentOrNoneWhenOff(TestDatabase database) {
        java.util.Map<String, String> environment = CliRun.environment(database);
        environment.put("OMNINODE_LOCK_TIMEOUT", "2s");
        assertThat(CliRun.run(environment, "upgrade", "--sql", "heads").out()).contains("SET lock_timeout = 2000;");
        assertThat(CliRun.run(environment, "upgrade", "--sql", "--lock-timeout", "500ms", "heads").out())
                .contains("SET lock_timeout = 500;").doesNotContain("SET lock_timeout = 2000;");
        assertThat(CliRun.run(environment, "upgrade", "--sql", "--lock-timeout", "off", "heads").out())
                .doesNotContain("lock_timeout");

        CliRun wrong = CliRun.run(environment, "upgrade", "--sql", "--lock-timeout", "soon", "heads");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(wrong.err()).contains("lock_timeout is \"soon\"; write a duration such as 500ms, 3s or 1min, or off");
    }

    private static void runScript(TestDatabase database, String sql) throws SQLException {
        Optional<Path> psql = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, "psql")).filter(Files::isExecutable).findFirst();
        if (psql.isEmpty()) {
            StateChangeCommandsTest.execute(database, sql);
            return;
        }
        DatabaseSettings server = Migrator.configure().url(database.jdbcUrl()).settings().database();
        ProcessBuilder builder = new ProcessBuilder(psql.get().toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", server.host(), "-p", String.valueOf(server.port()), "-U", server.user(), "-d", database.name())
                .redirectErrorStream(true);
        if (server.password() != null) {
            builder.environment().put("PGPASSWORD", server.password());
        }
        try {
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).doesNotContain("ERROR");
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("psql failed: " + e, e);
        }
    }
}
