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
 * {@code revision --autogenerate --offline} on a small project compiled with the processor, the way
 * a user runs it: entities changed, the command writes the migration and its snapshot; compiled
 * again, nothing is left to detect.
 */
class AutogenerateRevisionTest {

    /** A first migration, shared with the other tests of uncompiled sources. */
    static final String FIRST = """
            package com.example.db;

            @io.omninode.migrations.annotations.Migration(revision = "aaaaaaaaaaaa", message = "create node")
            public final class V1CreateNode implements io.omninode.migrations.MigrationScript {
                public void upgrade(io.omninode.migrations.Operations op) {}
                public void downgrade(io.omninode.migrations.Operations op) {}
            }
            """;
    private static final String NODE = """
            package com.example.db;

            import io.omninode.migrations.annotations.*;

            @Table
            public class Node {
                @Id long id;
                @Column(length = 200) String title;
            }
            """;
    private static final String JPA_NODE = """
            package com.example.db;

            import jakarta.persistence.*;

            @Entity
            public class Node {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(length = 200) String title;
            }
            """;
    private static final String NODE_WITH_REGION = NODE.replace("String title;",
            "String title;\n    @Column(nullable = false, defaultValue = \"eu-west\") String region;");

    private Path project;

    @BeforeEach
    void projectWithAConfigurationFile() throws IOException {
        project = newProject();
    }

    /** An empty project folder whose configuration file names its sources, package, schema folder and classes. */
    static Path newProject() throws IOException {
        Path folder = CliRun.emptyDirectory();
        Files.writeString(folder.resolve(ConfigFile.FILE_NAME), """
                source_folder = src/main/java
                package = com.example.db
                schema_dir = src/main/schema
                classpath = target/classes
                """);
        return folder;
    }

    @Test
    void changedEntitiesGiveAMigrationAndItsSnapshotAndThenNothingIsLeftToDetect() throws IOException {
        compile(true, FIRST, NODE);
        assertThat(project.resolve("src/main/schema/aaaaaaaaaaaa.json")).exists();
        compile(true, FIRST, NODE_WITH_REGION);

        CliRun run = run("revision", "--autogenerate", "--offline", "-m", "add node region");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("INFO  [omninode] Detected + column node.region text");
        Path migration = newRevision();
        // named like `revision` names classes: creation time, id, slug of the message
        assertThat(migration.getFileName().toString()).matches("V20261124_100131_[0-9a-f]{12}_add_node_region\\.java");
        String revision = migration.getFileName().toString().substring("V20261124_100131_".length(),
                "V20261124_100131_".length() + 12);
        Path snapshot = project.resolve("src/main/schema/" + revision + ".json");
        assertThat(run.out()).isEqualTo("  Generating " + migration + " ...  done\n"
                + "  Generating " + snapshot + " ...  done\n");
        assertThat(Files.readString(migration)).contains("downRevision = \"aaaaaaaaaaaa\"")
                .contains("message = \"add node region\"")
                .contains("op.addColumn(\"node\", Column.of(\"region\", \"text\")")
                .contains("op.dropColumn(\"node\", \"region\")")
                .contains("// WARNING: destructive");
        assertThat(snapshot).exists();

        compile(true, FIRST, NODE_WITH_REGION, Files.readString(migration));
        CliRun again = run("revision", "--autogenerate", "--offline", "-m", "anything else");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("No changes detected\n");
        assertThat(newRevision()).isEqualTo(migration);
    }

    /**
     * The team's loop: strict mode on, an entity changes, the compilation fails and says which command
     * turns the change into a migration; that command works from the failed build's output (the class
     * folder holds the entity snapshot but no registry), and the next strict compilation succeeds.
     */
    @Test
    void strictModeAndAutogenerateWorkTogetherWithoutTurningStrictModeOff() throws IOException {
        ProjectCompiler failed = strictCompileOfAChange(NODE, NODE_WITH_REGION);

        assertThat(failed.diagnostics()).contains("Turn the change into a migration in your sources with:"
                + " omninode-migrate revision --autogenerate --offline -m \"<message>\"");
        assertThat(project.resolve("target/classes/com/example/db/GeneratedMigrationRegistry.class")).doesNotExist();

        CliRun autogenerate = run("revision", "--autogenerate", "--offline", "-m", "add node region");

        assertThat(autogenerate.exitCode()).as(autogenerate.err()).isZero();
        assertThat(autogenerate.err()).isEqualTo("INFO  [omninode] Detected + column node.region text\n");
        assertThat(Files.readString(newRevision())).contains("downRevision = \"aaaaaaaaaaaa\"");
        ProjectCompiler again = strictCompile();
        assertThat(again.exitCode()).as(again.diagnostics()).isZero();
        assertThat(again.diagnostics()).doesNotContain("error").doesNotContain("warning");
    }

    /** The same loop with a Jakarta Persistence entity: the processor reads it as it reads ours. */
    @Test
    void strictModeAndAutogenerateWorkTogetherWithJpaEntities() throws IOException {
        strictCompileOfAChange(JPA_NODE, JPA_NODE.replace("String title;",
                "String title;\n    @Column(length = 80, nullable = false) String region;"));

        CliRun autogenerate = run("revision", "--autogenerate", "--offline", "-m", "add node region");

        assertThat(autogenerate.exitCode()).as(autogenerate.err()).isZero();
        assertThat(autogenerate.err()).isEqualTo("INFO  [omninode] Detected + column node.region varchar(80)\n");
        assertThat(Files.readString(newRevision())).contains("downRevision = \"aaaaaaaaaaaa\"")
                .contains("op.addColumn(\"node\", Column.of(\"region\", \"varchar(80)\")");
        ProjectCompiler again = strictCompile();
        assertThat(again.exitCode()).as(again.diagnostics()).isZero();
        // only javac's note that no processor claimed the JPA annotations: we leave them to other processors
        assertThat(again.diagnostics()).doesNotContain("error").doesNotContain("OmniNode");
    }

    /** Compiles the node in strict mode at the first revision, then the changed node: the entity check fails. */
    private ProjectCompiler strictCompileOfAChange(String node, String changedNode) throws IOException {
        Path sources = project.resolve("src/main/java/com/example/db");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("V1CreateNode.java"), FIRST);
        Files.writeString(sources.resolve("Node.java"), node);
        assertThat(strictCompile().exitCode()).isZero();

        Files.writeString(sources.resolve("Node.java"), changedNode);
        ProjectCompiler failed = strictCompile();

        assertThat(failed.exitCode()).isNotZero();
        assertThat(failed.diagnostics()).contains("error: [OmniNode/EntitiesChanged] the entities differ from the"
                + " snapshot of head revision aaaaaaaaaaaa");
        return failed;
    }

    private ProjectCompiler strictCompile() {
        return ProjectCompiler.compile(project.resolve("src/main/java"), project.resolve("target/classes"),
                "-Aomninode.migrations.schemaDir=" + project.resolve("src/main/schema"),
                "-Aomninode.migrations.strict=true");
    }

    @Test
    void runningAgainBeforeCompilingFindsTheUncompiledMigrationAsTheHeadAndAddsNoOther() throws IOException {
        compile(true, FIRST, NODE);
        compile(true, FIRST, NODE_WITH_REGION);
        run("revision", "--autogenerate", "--offline", "-m", "add node region");
        Path first = newRevision();

        CliRun later = runAt(java.time.Clock.offset(CliRun.CLOCK, java.time.Duration.ofHours(2)),
                "revision", "--autogenerate", "--offline", "-m", "add node region");

        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(later.out()).isEqualTo("No changes detected\n");
        assertThat(newRevision()).isEqualTo(first);
    }

    @Test
    void unchangedEntitiesWriteNothing() throws IOException {
        compile(true, FIRST, NODE);

        CliRun run = run("revision", "--autogenerate", "--offline", "-m", "sync");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("No changes detected\n");
        assertThat(project.resolve("src/main/java/com/example/db")).isDirectoryNotContaining("glob:**/V2026*");
    }

    @Test
    void aHeadWithoutSnapshotSaysHowToGetOne() throws IOException {
        compile(false, FIRST, NODE);

        CliRun run = run("revision", "--autogenerate", "--offline", "-m", "sync");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).startsWith("ERROR [omninode] head revision aaaaaaaaaaaa has no snapshot "
                + project.resolve("src/main/schema/aaaaaaaaaaaa.json") + " to compare the entities with; compile the"
                + " project with -Aomninode.migrations.schemaDir=");
    }

    @Test
    void classesWithoutEntitiesSayWhereTheSnapshotComesFrom() throws IOException {
        compile(true, FIRST);

        CliRun run = run("revision", "--autogenerate", "--offline", "-m", "sync");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
        assertThat(run.err()).startsWith("ERROR [omninode] no entity snapshot (META-INF/omninode-migrations/schema.json)"
                + " on the classpath; compile the entity classes with the OmniNode processor");
    }

    @Test
    void optionsThatDoNotApplyAreRefused() {
        assertThat(run("revision", "--offline", "-m", "x").err())
                .contains("--offline, --schema-dir and --no-safe-ddl go with --autogenerate");
        assertThat(run("revision", "--no-safe-ddl", "-m", "x").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun withId = run("revision", "--autogenerate", "--offline", "--rev-id", "abc", "-m", "x");
        assertThat(withId.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(withId.err()).contains("--head, --splice, --branch-label, --depends-on and --rev-id do not apply");
    }

    @Test
    void severalHeadsMustBeMergedFirst() {
        // the CLI tests' own history (on the test classpath) has two heads
        CliRun run = CliRun.runIn(CliRun.emptyDirectory(), Map.of(), "revision", "--autogenerate", "--offline", "-m", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Multiple heads are present (4f2e8d1b6a33, 5d0c1e2f3a44); merge them with"
                + " omninode-migrate merge before autogenerating");
    }

    /**
     * Writes the sources into the project's source folder (replacing those of the same class) and compiles
     * the folder into target/classes with the processor found on the test classpath.
     */
    private void compile(boolean withSchemaDir, String... sources) throws IOException {
        Path folder = Files.createDirectories(project.resolve("src/main/java/com/example/db"));
        for (String source : sources) {
            Files.writeString(folder.resolve(className(source) + ".java"), source);
        }
        ProjectCompiler result = ProjectCompiler.compile(project.resolve("src/main/java"),
                project.resolve("target/classes"), withSchemaDir
                        ? new String[] {"-Aomninode.migrations.schemaDir=" + project.resolve("src/main/schema")}
                        : new String[0]);
        assertThat(result.exitCode()).as(result.diagnostics()).isZero();
    }

    private static String className(String source) {
        return source.replaceAll("(?s).*public (?:final )?class (\\w+).*", "$1");
    }

    private CliRun run(String... args) {
        return runAt(CliRun.CLOCK, args);
    }

    /** Runs in the project, seeing only the project's classes: the test history's registry is hidden. */
    private CliRun runAt(java.time.Clock clock, String... args) {
        return CliRun.runWith(new CliContext(Map.of(), project, CliRun.withoutTestRegistries(), clock), args);
    }

    /** The one revision the CLI wrote (its name starts with the creation date). */
    private Path newRevision() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("src/main/java/com/example/db"))) {
            List<Path> written = files.filter(f -> f.getFileName().toString().startsWith("V2026")).toList();
            assertThat(written).hasSize(1);
            return written.get(0);
        }
    }
}
