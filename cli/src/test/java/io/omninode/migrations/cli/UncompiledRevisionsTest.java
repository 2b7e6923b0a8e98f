package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * revision, merge and revision --autogenerate see the migrations in the source folder that are not
 * compiled yet, as Alembic sees every file of its versions folder: no fork, no stale head.
 */
class UncompiledRevisionsTest {

    private static final String V1 = AutogenerateRevisionTest.FIRST;
    private static final String V2 = V1.replace("V1CreateNode", "V2AddRegion")
            .replace("revision = \"aaaaaaaaaaaa\"", "revision = \"bbbbbbbbbbbb\", downRevision = \"aaaaaaaaaaaa\"");

    private Path project;
    private Path sources;

    @BeforeEach
    void projectWithAConfigurationFile() throws IOException {
        project = CliRun.emptyDirectory();
        sources = project.resolve("src/main/java/com/example/db");
        Files.writeString(project.resolve(ConfigFile.FILE_NAME), """
                source_folder = src/main/java
                package = com.example.db
                classpath = target/classes
                """);
        Files.createDirectories(project.resolve("target/classes"));
    }

    @Test
    void twoRevisionsWithoutCompilingInBetweenChainInsteadOfForking() throws IOException {
        CliRun first = run("revision", "-m", "create node");
        String firstId = revisionOf(onlyRevisionFile());
        CliRun second = run("revision", "-m", "add region");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        Path secondFile = revisionFiles().stream().filter(f -> f.toString().endsWith("_add_region.java"))
                .findFirst().orElseThrow();
        assertThat(Files.readString(secondFile)).contains("downRevision = \"" + firstId + "\"");

        compile();
        assertThat(run("heads").out()).isEqualTo(revisionOf(secondFile) + " (head)\n");
    }

    @Test
    void mergeSeesAnUncompiledHeadBesideTheCompiledOnes() throws IOException {
        // the CLI tests' own history is compiled with heads 4f2e8d1b6a33 and 5d0c1e2f3a44
        Map<String, String> none = Map.of();
        CliRun revision = CliRun.runIn(project, none, "revision", "-m", "x", "--head", "4f2e", "--rev-id", "0c0ffee0cafe");
        assertThat(revision.exitCode()).as(revision.err()).isZero();

        CliRun merge = CliRun.runIn(project, none, "merge", "-m", "merge heads", "heads", "--rev-id", "9f8e7d6c5b4a");

        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(Files.readString(sources.resolve("V20261124_100131_9f8e7d6c5b4a_merge_heads.java")))
                .contains("downRevision = {\"0c0ffee0cafe\", \"5d0c1e2f3a44\"}");
    }

    @Test
    void aCompiledMigrationWhoseSourceIsGoneIsLeftOutWithAWarning() throws IOException {
        compiledTwoRevisions();
        Files.delete(sources.resolve("V2AddRegion.java"));

        CliRun run = run("revision", "-m", "next", "--rev-id", "cccccccccccc");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("WARN  [omninode] revision bbbbbbbbbbbb (com.example.db.V2AddRegion) is"
                + " compiled, but its source is gone from " + project.resolve("src/main/java") + "; it is left out"
                + " of the history (compile the project to bring the classes up to date)\n");
        assertThat(Files.readString(sources.resolve("V20261124_100131_cccccccccccc_next.java")))
                .contains("downRevision = \"aaaaaaaaaaaa\"");
    }

    @Test
    void anEditedSourceWinsOverItsCompiledClass() throws IOException {
        compiledTwoRevisions();
        Files.writeString(sources.resolve("V2AddRegion.java"), V2.replace("bbbbbbbbbbbb", "dddddddddddd"));

        CliRun run = run("revision", "-m", "next", "--rev-id", "cccccccccccc");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(sources.resolve("V20261124_100131_cccccccccccc_next.java")))
                .contains("downRevision = \"dddddddddddd\"");
    }

    @Test
    void aServiceEntryLeftWithoutItsRegistryFallsBackToTheSources() throws IOException {
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("V1CreateNode.java"), V1);
        compile();
        // what a build that failed after an earlier one may leave: the service entry, not the registry it names
        Files.delete(project.resolve("target/classes/com/example/db/GeneratedMigrationRegistry.class"));

        CliRun run = run("revision", "-m", "next", "--rev-id", "cccccccccccc");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("WARN  [omninode] the compiled migrations cannot be loaded (")
                .endsWith("); using the migration sources in " + project.resolve("src/main/java") + "\n");
        assertThat(Files.readString(sources.resolve("V20261124_100131_cccccccccccc_next.java")))
                .contains("downRevision = \"aaaaaaaaaaaa\"");
    }

    @Test
    void aMigrationSourceWhoseRevisionCannotBeReadIsAConfigurationError() throws IOException {
        Files.createDirectories(sources);
        Path file = Files.writeString(sources.resolve("V2AddRegion.java"),
                V2.replace("downRevision = \"aaaaaaaaaaaa\"", "downRevision = Revisions.FIRST"));

        CliRun run = run("revision", "-m", "next");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).isEqualTo("ERROR [omninode] " + file + ":3: the @Migration value Revisions.FIRST is not a"
                + " static final String constant of this file; the revision history is read from the sources before"
                + " they are compiled, so write the value as a string literal, or as a static final String constant"
                + " declared in the same file\n");
        assertThat(revisionFiles()).isEmpty();
    }

    private void compiledTwoRevisions() throws IOException {
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("V1CreateNode.java"), V1);
        Files.writeString(sources.resolve("V2AddRegion.java"), V2);
        compile();
    }

    private void compile() {
        ProjectCompiler result = ProjectCompiler.compile(project.resolve("src/main/java"), project.resolve("target/classes"));
        assertThat(result.exitCode()).as(result.diagnostics()).isZero();
    }

    private CliRun run(String... args) {
        return CliRun.runWith(new CliContext(Map.of(), project, CliRun.withoutTestRegistries(), CliRun.CLOCK), args);
    }

    private List<Path> revisionFiles() throws IOException {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(sources)) {
            return files.filter(f -> f.getFileName().toString().startsWith("V2026")).sorted().toList();
        }
    }

    private Path onlyRevisionFile() throws IOException {
        List<Path> files = revisionFiles();
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    /** V20261124_100131_<id>_<slug>.java: the id. */
    private static String revisionOf(Path file) {
        return file.getFileName().toString().split("_")[2];
    }
}
