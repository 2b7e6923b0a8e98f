package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** revision and merge write compilable classes, and refuse what Alembic refuses. No database needed. */
class RevisionCommandTest {

    private Path project;

    @BeforeEach
    void projectWithAConfigurationFile() throws IOException {
        project = CliRun.emptyDirectory();
        Files.writeString(project.resolve(ConfigFile.FILE_NAME), """
                # where new revisions go
                source_folder = src/migrations
                package = com.example.db
                """);
    }

    @Test
    void revisionOnAHeadWritesAClassNamedByDateIdAndMessage() throws IOException {
        CliRun run = run("revision", "-m", "Add node index!", "--head", "4f2e", "--rev-id", "0c0ffee0cafe");

        Path expected = project.resolve("src/migrations/com/example/db/V20261124_100131_0c0ffee0cafe_add_node_index.java");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("  Generating " + expected + " ...  done\n");
        // the class text itself is MigrationSourceWriterTest's golden file; here: what the command filled in
        assertThat(Files.readString(expected)).startsWith("package com.example.db;\n")
                .contains(" * Add node index!\n *\n * <pre>\n * Revision ID: 0c0ffee0cafe\n * Revises: 4f2e8d1b6a33\n"
                        + " * Create Date: 2026-11-24 10:01:31\n * </pre>\n")
                .contains("revision = \"0c0ffee0cafe\",\n        downRevision = \"4f2e8d1b6a33\",\n"
                        + "        message = \"Add node index!\"\n)\n")
                .contains("public final class V20261124_100131_0c0ffee0cafe_add_node_index implements MigrationScript");
    }

    @Test
    void revisionGetsARandomTwelveHexIdAndTheHeadsPackageWithoutConfiguration() throws IOException {
        Path bare = CliRun.emptyDirectory();
        CliRun run = CliRun.runIn(bare, Map.of(), "revision", "-m", "add region index", "--head", "audit@head",
                "--depends-on", "feature");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.walk(bare.resolve("src/main/java/io/omninode/migrations/cli/history"))) {
            Path written = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            assertThat(written.getFileName().toString()).matches("V20261124_100131_[0-9a-f]{12}_add_region_index\\.java");
            assertThat(Files.readString(written)).contains("downRevision = \"5d0c1e2f3a44\"")
                    .contains("dependsOn = \"feature\"");
        }
    }

    @Test
    void severalHeadsNeedHeadOrAMerge() {
        CliRun run = run("revision", "-m", "anything");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("ERROR [omninode] Multiple heads are present (4f2e8d1b6a33, 5d0c1e2f3a44);"
                + " please specify the head revision on which the new revision should be based with --head, or perform"
                + " a merge\n");
    }

    @Test
    void aHeadThatIsNotAHeadNeedsSplice() {
        CliRun refused = run("revision", "-m", "fork", "--head", "ae1027a6acf0");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).isEqualTo("ERROR [omninode] Revision ae1027a6acf0 is not a head revision; please"
                + " specify --splice to create a new branch from this revision\n");

        CliRun spliced = run("revision", "-m", "fork", "--head", "ae1027a6acf0", "--splice");
        assertThat(spliced.exitCode()).as(spliced.err()).isZero();
    }

    @Test
    void revisionIdsAreCheckedAsAlembicChecksThem() {
        assertThat(run("revision", "-m", "x", "--head", "base", "--rev-id", "ab-cd").err())
                .isEqualTo("ERROR [omninode] Character(s) '-' not allowed in revision identifier 'ab-cd'\n");
        assertThat(run("revision", "-m", "x", "--head", "base", "--rev-id", "ab@cd").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("revision", "-m", "x", "--head", "base", "--rev-id", "ab:cd").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("revision", "-m", "x", "--head", "base", "--rev-id", "ab+cd").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun existing = run("revision", "-m", "x", "--head", "base", "--rev-id", "1975ea83b712");
        assertThat(existing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(existing.err()).isEqualTo("ERROR [omninode] Revision 1975ea83b712 is already present; choose another"
                + " --rev-id\n");
        assertThat(run("revision", "-m", "x", "--head", "base", "--rev-id", "x".repeat(33)).err())
                .contains("has 33 characters but alembic_version.version_num holds at most 32");
    }

    @Test
    void branchLabelsMustBeNewAndWithoutAt() {
        assertThat(run("revision", "-m", "x", "--head", "base", "--branch-label", "feature").err())
                .isEqualTo("ERROR [omninode] branch label \"feature\" is already used by revision 27c6a30d7c24\n");
        assertThat(run("revision", "-m", "x", "--head", "base", "--branch-label", "a@b").exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void mergeHeadsWritesARevisionWithBothParents() throws IOException {
        CliRun run = run("merge", "-m", "merge heads", "heads", "--rev-id", "9f8e7d6c5b4a");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path written = project.resolve("src/migrations/com/example/db/V20261124_100131_9f8e7d6c5b4a_merge_heads.java");
        assertThat(Files.readString(written)).contains("downRevision = {\"4f2e8d1b6a33\", \"5d0c1e2f3a44\"}")
                .contains("Revises: 4f2e8d1b6a33, 5d0c1e2f3a44");
    }

    @Test
    void mergeRefusesAnAncestorAndASingleRevision() {
        CliRun ancestor = run("merge", "-m", "m", "ae10", "4f2e");
        assertThat(ancestor.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(ancestor.err()).contains("Revision ae1027a6acf0 is an ancestor of 4f2e8d1b6a33");

        assertThat(run("merge", "-m", "m", "4f2e").err()).contains("a merge needs at least two revisions");
    }

    @Test
    void withoutMigrationsOnlyTheFirstRevisionOfAProjectWithAPackageIsWritten() throws IOException {
        Path empty = CliRun.emptyDirectory();
        CliRun noPackage = CliRun.runWith(new CliContext(Map.of(), empty, noMigrations(), CliRun.CLOCK),
                "revision", "-m", "init");

        assertThat(noPackage.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(noPackage.err()).startsWith("ERROR [omninode] no migrations found: no META-INF/services/"
                + "io.omninode.migrations.spi.MigrationRegistry in ")
                .endsWith("; for the first revision of a new project, set package (and source_folder) in"
                        + " omninode-migrations.properties\n");

        Path existing = project.resolve("src/migrations/com/example/db/V20261101_090000_0a0a0a0a0a0a_init.java");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "package com.example.db;\n");
        CliRun forgotClasspath = CliRun.runWith(new CliContext(Map.of(), project, noMigrations(), CliRun.CLOCK),
                "revision", "-m", "second");
        assertThat(forgotClasspath.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(forgotClasspath.err()).startsWith("ERROR [omninode] no migrations found");
        try (Stream<Path> files = Files.list(existing.getParent())) {
            assertThat(files).containsExactly(existing);
        }
    }

    @Test
    void aWrittenRevisionCompilesAndClasspathFindsIt() throws IOException {
        CliRun written = CliRun.runWith(new CliContext(Map.of(), project, noMigrations(), CliRun.CLOCK),
                "revision", "-m", "create tenant table", "--rev-id", "7e7e7e7e7e7e");
        assertThat(written.exitCode()).as(written.err()).isZero();
        Path classes = project.resolve("classes");
        compile(project.resolve("src/migrations"), classes);

        CliRun flag = CliRun.runWith(new CliContext(Map.of(), project, noMigrations(), CliRun.CLOCK),
                "heads", "--classpath", "classes");
        assertThat(flag.out()).isEqualTo("7e7e7e7e7e7e (head)\n");

        Files.writeString(project.resolve(ConfigFile.FILE_NAME), "classpath = classes\n", StandardOpenOption.APPEND);
        CliRun file = CliRun.runWith(new CliContext(Map.of(), project, noMigrations(), CliRun.CLOCK), "history");
        assertThat(file.out()).isEqualTo("<base> -> 7e7e7e7e7e7e (head), create tenant table\n");
    }

    @Test
    void aMissingClasspathEntryIsAConfigurationError() {
        CliRun run = run("heads", "--classpath", "target/nowhere");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).contains("classpath entry").contains("does not exist");
    }

    /** A loader that sees the runtime's API but none of the test registries. */
    private static ClassLoader noMigrations() {
        return new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                return name.startsWith("io.omninode.migrations.cli.history") ? super.loadClass(name, resolve)
                        : RevisionCommandTest.class.getClassLoader().loadClass(name);
            }

            @Override
            public Enumeration<URL> getResources(String name) {
                return Collections.emptyEnumeration();
            }
        };
    }

    /** javac with the test classpath, so the annotation processor generates the registry. */
    private static void compile(Path sources, Path classes) {
        ProjectCompiler result = ProjectCompiler.compile(sources, classes);
        assertThat(result.exitCode()).as(result.diagnostics()).isZero();
    }

    private CliRun run(String... args) {
        return CliRun.runIn(project, Map.of(), args);
    }
}
