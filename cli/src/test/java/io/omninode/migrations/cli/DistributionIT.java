package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The distribution as a user installs it: the tar.gz unpacked into a new folder, its launcher run from
 * another working directory, first without a class-data-sharing archive (it is made in the background after
 * the first command, from the class list the distribution ships), then with it. Runs in the
 * integration-test phase, after {@code mvn package} built the archives.
 */
@PostgresTest
class DistributionIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path TEST_CLASSES = TARGET.resolve("test-classes");

    private final Map<String, String> environment;

    DistributionIT(TestDatabase database) {
        environment = ChildProcess.databaseEnvironment(database);
    }

    private static String version() throws Exception {
        Properties properties = new Properties();
        try (var in = DistributionIT.class.getResourceAsStream("/io/omninode/migrations/cli/version.properties")) {
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    @Test
    void theUnpackedDistributionRunsItsLauncherAgainstADatabaseAndRemakesItsArchiveForThisFolder() throws Exception {
        String version = version();
        Path home = unpack(TARGET.resolve("omninode-migrate-" + version + ".tar.gz")).resolve("omninode-migrate-" + version);
        Path launcher = home.resolve("bin/omninode-migrate");
        assertThat(launcher).isExecutable();
        assertThat(home.resolve("bin/omninode-migrate.cmd")).isRegularFile();
        assertThat(home.resolve("LICENSE")).content().contains("Apache License", "Version 2.0, January 2004");
        assertThat(home.resolve("lib/omninode-migrate.classlist")).as("made at package time by the training runs")
                .content().contains("picocli/CommandLine\n", "io/omninode/migrations/internal/introspect/LiveSchema\n",
                        "org/postgresql/Driver\n");
        Path archive = home.resolve("lib/omninode-migrate.jsa");
        assertThat(archive).as("an archive only fits the folder and JDK that made it: none is shipped").doesNotExist();

        Map<String, String> env = new HashMap<>(environment);
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ChildProcess versionRun = ChildProcess.run(env, List.of(launcher.toString(), "--version"));
        assertThat(versionRun.exitCode()).as(versionRun.err()).isZero();
        assertThat(versionRun.out()).isEqualTo("omninode-migrate " + version + "\n");

        // a relative --classpath resolves in the caller's working directory, not the installation's
        Path project = CliRun.emptyDirectory();
        Files.createSymbolicLink(project.resolve("classes"), TEST_CLASSES);
        ChildProcess upgrade = ChildProcess.runIn(project, env,
                List.of(launcher.toString(), "--classpath", "classes", "upgrade", "heads"));
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.err()).contains("Upgraded 6 step(s)");
        Path key = home.resolve("lib/omninode-migrate.jsa.key");
        for (int waited = 0; waited < 120 && !Files.exists(key); waited++) {
            Thread.sleep(500); // made in the background after the first command, in a few seconds
        }
        assertThat(archive).as("made for this folder and JDK after the first run").isNotEmptyFile();
        assertThat(key).content().contains(home.toString());

        ChildProcess current = ChildProcess.runIn(project, env,
                List.of(launcher.toString(), "--classpath", "classes", "current"));
        assertThat(current.exitCode()).as(current.err()).isZero();
        assertThat(current.out()).isEqualTo("4f2e8d1b6a33 (head) (mergepoint)\n5d0c1e2f3a44 (head)\n");
        assertThat(current.err()).isEmpty();
        env.put("JAVA_OPTS", "-Xlog:class+load=info");
        ChildProcess classes = ChildProcess.runIn(project, env, List.of(launcher.toString(), "--version"));
        assertThat(classes.out()).as("picocli comes from the archive").contains("picocli.CommandLine source: shared objects file");
    }

    @Test
    void theZipHoldsWhatTheTarGzHolds() throws Exception {
        String version = version();
        Path unpacked = unpack(TARGET.resolve("omninode-migrate-" + version + ".tar.gz"));
        TreeSet<String> tarEntries = new TreeSet<>();
        try (var files = Files.walk(unpacked)) {
            files.filter(Files::isRegularFile).forEach(f -> tarEntries.add(unpacked.relativize(f).toString()));
        }
        TreeSet<String> zipEntries = new TreeSet<>();
        try (ZipFile zip = new ZipFile(TARGET.resolve("omninode-migrate-" + version + ".zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipEntries.add(e.getName()));
        }
        assertThat(zipEntries).isEqualTo(tarEntries).contains("omninode-migrate-" + version + "/lib/omninode-migrate.jar",
                "omninode-migrate-" + version + "/lib/omninode-migrate.classlist");
    }

    private static Path unpack(Path tarGz) throws Exception {
        Path folder = CliRun.emptyDirectory();
        ChildProcess tar = ChildProcess.run(Map.of(), List.of("tar", "-xzf", tarGz.toString(), "-C", folder.toString()));
        assertThat(tar.exitCode()).as(tar.err()).isZero();
        return folder;
    }
}
