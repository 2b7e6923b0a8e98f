package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, items 1 and 2: a command that works on migrations and finds none, or finds a registry whose
 * class a failed compilation never wrote, stops with exit 3 and one line; it never reports success or
 * advises rewriting the version table. The database is unreachable on purpose: the check comes first.
 */
class MissingMigrationsTest {

    private static final Map<String, String> UNREACHABLE = Map.of("POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", "1",
            "POSTGRES_PASSWORD", CliRun.PASSWORD);

    private static final List<List<String>> MIGRATION_COMMANDS = List.of(
            List.of("upgrade", "head"), List.of("upgrade", "--sql", "head"), List.of("downgrade", "-1"),
            List.of("stamp", "head"), List.of("current"), List.of("history"), List.of("history", "-r", "current:"),
            List.of("heads"), List.of("branches"), List.of("show", "head"), List.of("graph"), List.of("graph", "--offline"),
            List.of("merge", "-m", "m", "heads"), List.of("revision", "-m", "next"),
            List.of("revision", "--autogenerate", "--offline", "-m", "next"));

    @Test
    void everyCommandThatWorksOnMigrationsRefusesToRunWithoutAnyAndSaysWhereItLooked() {
        for (List<String> command : MIGRATION_COMMANDS) {
            CliRun run = CliRun.runWith(new CliContext(UNREACHABLE, CliRun.emptyDirectory(), withoutRegistries(),
                    CliRun.CLOCK), command.toArray(String[]::new));

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(ExitCode.CONFIGURATION);
            assertThat(run.out()).as(command.toString()).isEmpty();
            assertThat(run.err()).as(command.toString()).startsWith("ERROR [omninode] no migrations found: no"
                    + " META-INF/services/io.omninode.migrations.spi.MigrationRegistry in ")
                    .contains("give them with --classpath (such as --classpath target/classes), the classpath key of"
                            + " omninode-migrations.properties, or the Java classpath")
                    .doesNotContain("stamp --purge").doesNotContain("cannot connect");
            assertThat(run.err().lines()).as(command.toString()).hasSize(1);
        }
    }

    @Test
    void anEmptyClasspathFolderIsNamed() throws IOException {
        Path project = CliRun.emptyDirectory();
        Files.createDirectories(project.resolve("target/classes"));

        CliRun run = CliRun.runWith(new CliContext(UNREACHABLE, project, withoutRegistries(), CliRun.CLOCK),
                "--classpath", "target/classes", "upgrade", "head");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).startsWith("ERROR [omninode] no migrations found: no META-INF/services/"
                + "io.omninode.migrations.spi.MigrationRegistry in the classpath entries " + project.resolve("target/classes")
                + "; compile the @Migration classes");
    }

    /** What target/classes held after a strict-mode compile failure: the services file, no classes. */
    @Test
    void aServicesFileWithoutItsRegistryClassIsOneLineNamingTheFileWithExitThree() throws IOException {
        Path project = CliRun.emptyDirectory();
        Path services = Files.createDirectories(project.resolve("target/classes/META-INF/services"));
        Path file = services.resolve("io.omninode.migrations.spi.MigrationRegistry");
        Files.writeString(file, "com.example.db.OmniNodeMigrationRegistry\n");
        String expected = "ERROR [omninode] " + file + " names com.example.db.OmniNodeMigrationRegistry, which is not on"
                + " the classpath; rebuild the project (fix the compile errors, then mvn compile) so the classes and the"
                + " file agree\n";

        for (List<String> command : List.of(List.of("current"), List.of("upgrade", "head"),
                List.of("revision", "--autogenerate", "--offline", "-m", "add index"))) {
            List<String> args = new ArrayList<>(List.of("--classpath", "target/classes"));
            args.addAll(command);
            CliRun run = CliRun.runWith(new CliContext(UNREACHABLE, project, withoutRegistries(), CliRun.CLOCK),
                    args.toArray(String[]::new));

            assertThat(run.exitCode()).as(command.toString()).isEqualTo(ExitCode.CONFIGURATION);
            assertThat(run.err()).as(command.toString()).isEqualTo(expected);
        }
        CliRun debug = CliRun.runWith(new CliContext(UNREACHABLE, project, withoutRegistries(), CliRun.CLOCK),
                "--classpath", "target/classes", "--debug", "current");
        assertThat(debug.err()).startsWith(expected).contains("java.util.ServiceConfigurationError");
    }

    /** The test classpath without the test history's registry, as a project that was never compiled. */
    private static ClassLoader withoutRegistries() {
        return new ClassLoader(MissingMigrationsTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/services/io.omninode.migrations") ? Collections.emptyEnumeration()
                        : super.getResources(name);
            }
        };
    }
}
