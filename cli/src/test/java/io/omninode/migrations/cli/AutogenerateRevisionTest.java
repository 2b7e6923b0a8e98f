package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code revision --autogenerate --offline} on a small project compiled with the processor, the way
 * a user runs it: entities changed, the command writes the migration and its snapshot; compiled
 * again, nothing is left to detect.
 */
class AutogenerateRevisionTest {

    private static final String FIRST = """
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
    private static final String NODE_WITH_REGION = NODE.replace("String title;",
            "String title;\n    @Column(nullable = false, defaultValue = \"eu-west\") String region;");

    private Path project;

    @BeforeEach
    void projectWithAConfigurationFile() throws IOException {
        project = CliRun.emptyDirectory();
        Files.writeString(project.resolve(ConfigFile.FILE_NAME), """
                source_folder = src/main/java
                package = com.example.db
                schema_dir = src/main/schema
                classpath = target/classes
                """);
    }

    @Test
    void changedEntitiesGiveAMigrationAndItsSnapshotAndThenNothingIsLeftToDetect() throws IOException {
        compile(true, FIRST, NODE);
        assertThat(project.resolve("src/main/schema/aaaaaaaaaaaa.json")).exists();
        compile(true, FIRST, NODE_WITH_REGION);

        CliRun run = run("revision", "--autogenerate", "--offline", "-m", "add node region");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("INFO  [omninode] Detected + column node.region text");
        Path migration = onlyFile(project.resolve("src/main/java/com/example/db"));
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
        assertThat(onlyFile(project.resolve("src/main/java/com/example/db"))).isEqualTo(migration);
    }

    @Test
    void runningAgainBeforeCompilingRewritesTheSameClassInsteadOfAddingAnother() throws IOException {
        compile(true, FIRST, NODE);
        compile(true, FIRST, NODE_WITH_REGION);
        run("revision", "--autogenerate", "--offline", "-m", "add node region");
        Path first = onlyFile(project.resolve("src/main/java/com/example/db"));

        CliRun later = runAt(java.time.Clock.offset(CliRun.CLOCK, java.time.Duration.ofHours(2)),
                "revision", "--autogenerate", "--offline", "-m", "add node region");

        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(later.out()).startsWith("  Generating " + first + " ...  done\n");
        assertThat(onlyFile(project.resolve("src/main/java/com/example/db"))).isEqualTo(first);
    }

    @Test
    void unchangedEntitiesWriteNothing() throws IOException {
        compile(true, FIRST, NODE);

        CliRun run = run("revision", "--autogenerate", "--offline", "-m", "sync");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("No changes detected\n");
        assertThat(project.resolve("src/main/java")).doesNotExist();
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
        assertThat(run("revision", "--autogenerate", "-m", "x").err())
                .contains("revision --autogenerate compares the entities with the head revision's snapshot: add --offline");
        assertThat(run("revision", "--offline", "-m", "x").err())
                .contains("--offline and --schema-dir go with --autogenerate");
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

    /** Compiles the sources into target/classes with the processor found on the test classpath. */
    private void compile(boolean withSchemaDir, String... sources) throws IOException {
        Path classes = project.resolve("target/classes");
        try (Stream<Path> old = Files.exists(classes) ? Files.walk(classes) : Stream.empty()) {
            old.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.createDirectories(classes);
        Path sourceDir = Files.createTempDirectory(project, "src");
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")));
        if (withSchemaDir) {
            arguments.add("-Aomninode.migrations.schemaDir=" + project.resolve("src/main/schema"));
        }
        for (String source : sources) {
            String name = source.replaceAll("(?s).*public (?:final )?class (\\w+).*", "$1");
            Path file = sourceDir.resolve(name + ".java");
            Files.writeString(file, source);
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        int result = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                diagnostics.write(b);
            }
        }), arguments.toArray(new String[0]));
        assertThat(result).as(diagnostics.toString()).isZero();
    }

    private CliRun run(String... args) {
        return runAt(CliRun.CLOCK, args);
    }

    /** Runs in the project, seeing only the project's classes: the test history's registry is hidden. */
    private CliRun runAt(java.time.Clock clock, String... args) {
        ClassLoader tests = getClass().getClassLoader();
        ClassLoader withoutTestRegistries = new ClassLoader(tests) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/services/io.omninode.migrations") ? Collections.emptyEnumeration()
                        : super.getResources(name);
            }
        };
        return CliRun.runWith(new CliContext(Map.of(), project, withoutTestRegistries, clock), args);
    }

    private static Path onlyFile(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
