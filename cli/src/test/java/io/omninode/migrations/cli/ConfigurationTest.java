package io.omninode.migrations.cli;

import static io.omninode.migrations.cli.CliRun.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration file and the precedence flags > environment > file > defaults. */
@PostgresTest
class ConfigurationTest {

    private static final String UNREACHABLE = "postgresql://node:" + PASSWORD + "@127.0.0.1:1/bridge";

    private final TestDatabase database;

    ConfigurationTest(TestDatabase database) {
        this.database = database;
    }

    @Test
    void theFileCanNameTheDatabaseButAPasswordInItIsWarnedAbout() throws IOException {
        Path project = project("url = " + CliRun.urlWithPassword(database) + "\nversion_table = file_versions\n");

        CliRun run = CliRun.runIn(project, Map.of(), "upgrade", "1975ea83b712");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("WARN  [omninode] " + project.resolve(ConfigFile.FILE_NAME)
                + " holds a database password; keep credentials in the environment (POSTGRES_PASSWORD or"
                + " OMNINODE_BRIDGE_DATABASE_URL) instead\n");
        assertThat(run.all()).doesNotContain(PASSWORD);
        assertThat(CliRun.runIn(project, Map.of(), "current").out()).isEqualTo("1975ea83b712\n");
    }

    @Test
    void theEnvironmentWinsOverTheFileAndFlagsWinOverBoth() throws IOException, SQLException {
        Path project = project("url = " + UNREACHABLE + "\nversion_table = file_versions\n");
        Map<String, String> env = CliRun.environment(database);

        CliRun fromEnvironment = CliRun.runIn(project, env, "upgrade", "ae1027a6acf0");
        assertThat(fromEnvironment.exitCode()).as(fromEnvironment.err()).isZero();
        assertThat(versions("file_versions")).isEqualTo("ae1027a6acf0");

        CliRun flags = CliRun.runIn(project, Map.of("OMNINODE_BRIDGE_DATABASE_URL", UNREACHABLE),
                "--url", CliRun.urlWithPassword(database), "stamp", "--version-table", "flag_versions", "1975ea83b712");
        assertThat(flags.exitCode()).as(flags.err()).isZero();
        assertThat(flags.err()).contains("WARN  [omninode] --url carries a password");
        assertThat(flags.all()).doesNotContain(PASSWORD);
        assertThat(versions("flag_versions")).isEqualTo("1975ea83b712");
    }

    @Test
    void configGivenBeforeOrAfterTheCommand() throws IOException {
        Path project = CliRun.emptyDirectory();
        Path file = Files.writeString(project.resolve("elsewhere.properties"), "lock_wait_timeout = soon\n");
        Map<String, String> env = CliRun.environment(database);

        for (CliRun run : List.of(CliRun.run(env, "-c", file.toString(), "current"),
                CliRun.run(env, "current", "--config", file.toString()))) {
            assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
            assertThat(run.err()).contains("lock_wait_timeout is \"soon\"");
        }
    }

    @Test
    void aMissingGivenFileAndAnUnknownKeyAreConfigurationErrors() throws IOException {
        CliRun missing = CliRun.run(Map.of(), "--config", "nowhere.properties", "heads");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(missing.err()).contains("nowhere.properties does not exist; check --config");

        CliRun typo = CliRun.runIn(project("versions_table = x\n"), Map.of(), "heads");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(typo.err()).contains("unknown key \"versions_table\"").contains("version_table, version_table_schema");
    }

    @Test
    void aBadSettingNamesTheKey() throws IOException {
        CliRun run = CliRun.runIn(project("lock_wait_timeout = soon\n"), CliRun.environment(database), "current");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains("lock_wait_timeout is \"soon\"");
    }

    private static Path project(String configuration) throws IOException {
        Path project = CliRun.emptyDirectory();
        Files.writeString(project.resolve(ConfigFile.FILE_NAME), configuration);
        return project;
    }

    private String versions(String table) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select string_agg(version_num, ',') from " + table)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
