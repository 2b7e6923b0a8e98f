package io.omninode.migrations.cli;

import static io.omninode.migrations.cli.CliRun.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The built jar as users run it: a separate JVM, configured by the seed's environment variables
 * only, migrations from the project's compiled classes. Runs in the integration-test phase, after
 * the shaded jar is packaged.
 */
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "omninode-migrate.jar").toAbsolutePath();
    private static final Path TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("..", "bin", "omninode-migrate").toAbsolutePath().normalize();

    private final Map<String, String> environment;

    PackagedJarIT(TestDatabase database) {
        environment = ChildProcess.databaseEnvironment(database);
    }

    @Test
    @Order(1)
    void upgradeWithTheProjectClassesOnTheJavaClasspath() throws Exception {
        ChildProcess run = java(environment, "-cp", TEST_CLASSES + File.pathSeparator + JAR,
                "io.omninode.migrations.cli.Main", "upgrade", "heads");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("INFO  [omninode] Running upgrade 27c6a30d7c24, 27f0b9e1d355 -> 4f2e8d1b6a33,"
                + " merge feature into main").contains("Upgraded 6 step(s)");
    }

    @Test
    @Order(2)
    void currentWithJavaJarAndClasspath() throws Exception {
        ChildProcess run = java(environment, "-jar", JAR.toString(), "--classpath", TEST_CLASSES.toString(), "current");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("4f2e8d1b6a33 (head) (mergepoint)\n5d0c1e2f3a44 (head)\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    @Order(3)
    void theLauncherScriptRunsTheJar() throws Exception {
        ChildProcess run = run(environment, List.of("sh", LAUNCHER.toString(), "--classpath", TEST_CLASSES.toString(),
                "heads"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("4f2e8d1b6a33 (head)\n5d0c1e2f3a44 (audit) (head)\n");
    }

    @Test
    @Order(4)
    void theLauncherCreatesAndUsesAClassDataSharingArchiveWithoutChangingTheOutput() throws Exception {
        Path copy = CliRun.emptyDirectory().resolve("omninode-migrate.jar");
        Files.copy(JAR, copy);
        Map<String, String> env = new HashMap<>(environment);
        env.put("OMNINODE_MIGRATE_JAR", copy.toString());
        List<String> current = List.of("sh", LAUNCHER.toString(), "--classpath", TEST_CLASSES.toString(), "current");
        String expected = "4f2e8d1b6a33 (head) (mergepoint)\n5d0c1e2f3a44 (head)\n";

        env.put("OMNINODE_MIGRATE_CDS", "create");
        ChildProcess creating = run(env, current);
        assertThat(creating.out()).as(creating.err()).isEqualTo(expected);
        assertThat(copy.resolveSibling("omninode-migrate.jsa")).isNotEmptyFile();

        env.remove("OMNINODE_MIGRATE_CDS");
        ChildProcess using = run(env, current);
        assertThat(using.exitCode()).isZero();
        assertThat(using.out()).isEqualTo(expected);
        assertThat(using.err()).isEmpty();
    }

    @Test
    @Order(5)
    void anUnreachableDatabaseExitsWithThreeWithoutThePassword() throws Exception {
        ChildProcess run = java(Map.of("POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", "1", "POSTGRES_PASSWORD", PASSWORD),
                "-jar", JAR.toString(), "--classpath", TEST_CLASSES.toString(), "--debug", "current");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains("ERROR [omninode] cannot connect to postgresql://postgres@127.0.0.1:1/omninode_bridge"
                + " (password masked): nothing listens on 127.0.0.1:1 (connection refused) (SQLSTATE 08001)");
        assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
    }

    /** Issue 10: without --classpath the jar printed a warning and exited 0, so the deploy script reported success. */
    @Test
    @Order(6)
    void withoutMigrationsEveryMigrationCommandExitsWithThree() throws Exception {
        for (List<String> command : List.of(List.of("upgrade", "head"), List.of("current"), List.of("heads"))) {
            List<String> args = new ArrayList<>(List.of("-jar", JAR.toString()));
            args.addAll(command);
            ChildProcess run = java(environment, args.toArray(String[]::new));

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(ExitCode.CONFIGURATION);
            assertThat(run.err()).startsWith("ERROR [omninode] no migrations found: no META-INF/services/"
                    + "io.omninode.migrations.spi.MigrationRegistry in the application class loader (java.class.path "
                    + JAR + ")").contains("--classpath");
            assertThat(run.out()).isEmpty();
        }
    }

    /** Issue 10: after a strict-mode compile failure the classes folder held only the services file. */
    @Test
    @Order(7)
    void aHalfBuiltClasspathIsOneLineWithExitThree() throws Exception {
        Path classes = CliRun.emptyDirectory().resolve("classes");
        Path file = Files.createDirectories(classes.resolve("META-INF/services"))
                .resolve("io.omninode.migrations.spi.MigrationRegistry");
        Files.writeString(file, "com.example.db.OmniNodeMigrationRegistry\n");

        for (List<String> command : List.of(List.of("current"), List.of("upgrade", "head"),
                List.of("revision", "--autogenerate", "--offline", "-m", "add index"))) {
            List<String> args = new ArrayList<>(List.of("-jar", JAR.toString(), "--classpath", classes.toString()));
            args.addAll(command);
            ChildProcess run = java(environment, args.toArray(String[]::new));

            assertThat(run.exitCode()).as(command.toString()).isEqualTo(ExitCode.CONFIGURATION);
            assertThat(run.err()).as(command.toString()).isEqualTo("ERROR [omninode] " + file + " names"
                    + " com.example.db.OmniNodeMigrationRegistry, which is not on the classpath; rebuild the project"
                    + " (fix the compile errors, then mvn compile) so the classes and the file agree\n");
        }
    }

    @Test
    @Order(8)
    void versionAndHelp() throws Exception {
        assertThat(java(Map.of(), "-jar", JAR.toString(), "--version").out()).startsWith("omninode-migrate 0.");
        ChildProcess unknown = java(Map.of(), "-jar", JAR.toString(), "upgrayed");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unmatched argument");
    }

    private static ChildProcess java(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        return run(environment, command);
    }

    private static ChildProcess run(Map<String, String> environment, List<String> command) throws Exception {
        return ChildProcess.run(environment, command);
    }
}
