package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, end to end as a user runs it: entities change, {@code revision --autogenerate} compares them with
 * the live database, the migration compiles and applies, {@code check} is clean, and downgrade restores the
 * schema the database had before.
 */
@PostgresTest
class LiveAutogenerateTest {

    private static final String NODE = """
            package com.example.db;

            import io.omninode.migrations.annotations.*;

            @Table(checks = @Check(name = "node_amount_positive", expression = "amount >= 0"))
            public class Node {
                @Id long id;
                @Column(length = 200, nullable = false, defaultValue = "untitled") String title;
                @Column(precision = 10, scale = 2) java.math.BigDecimal amount;
            }
            """;
    private static final String NODE_WITH_REGION = NODE.replace("java.math.BigDecimal amount;",
            "java.math.BigDecimal amount;\n    @Column(nullable = false, defaultValue = \"eu-west\") String region;");
    private static final String HOOK_EVENT = """
            package com.example.db;

            import io.omninode.migrations.annotations.*;

            @Table(name = "hook_events", indexes = @Index(name = "ix_hook_events_node_id", columns = "node_id"))
            public class HookEvent {
                @Id long id;
                @References(table = "node", column = "id") Long nodeId;
                @Column(nullable = false, defaultExpression = "now()") java.time.OffsetDateTime createdAt;
            }
            """;

    private final TestDatabase database;
    private Path project;
    private int runs;

    LiveAutogenerateTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void emptyDatabaseAndProject() throws Exception {
        LiveDatabases.resetSchema(database);
        project = AutogenerateRevisionTest.newProject();
    }

    @Test
    void entitiesChangeTheDatabaseFollowsThroughGeneratedMigrationsAndDowngradeRestoresIt() throws IOException {
        compile(AutogenerateRevisionTest.FIRST, NODE, HOOK_EVENT);
        assertThat(run("upgrade", "head").exitCode()).isZero();

        CliRun first = run("revision", "--autogenerate", "-m", "create node");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("INFO  [omninode] Detected + table node")
                .contains("INFO  [omninode] Detected + table hook_events");
        compile(Files.readString(newRevisions().get(0)));
        assertThat(run("upgrade", "head").exitCode()).isZero();
        CliRun clean = run("check");
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).isEqualTo(CheckCommand.CLEAN + "\n");
        String before = run("snapshot").out();

        compile(NODE_WITH_REGION);
        CliRun drift = run("check");
        assertThat(drift.exitCode()).as(drift.err()).isEqualTo(ExitCode.DIFFERENCES);
        // compiling also wrote the entities as the head's snapshot, so both say the same, once
        assertThat(drift.out()).isEqualTo("New upgrade operations detected (the database against the entities and the"
                + " snapshot of revision " + revisionOf(newRevisions().get(0)) + "):\n"
                + "table node\n  + column node.region text\n");

        CliRun second = run("revision", "--autogenerate", "-m", "add node region");

        assertThat(second.exitCode()).as(second.err()).isZero();
        Path migration = newRevisions().get(1);
        assertThat(Files.readString(migration)).contains("op.addColumn(\"node\", Column.of(\"region\", \"text\")")
                .contains("downRevision = \"" + revisionOf(newRevisions().get(0)) + "\"")
                .contains("// WARNING: destructive");
        assertThat(project.resolve("src/main/schema/" + revisionOf(migration) + ".json")).exists();
        compile(Files.readString(migration));
        assertThat(run("upgrade", "head").exitCode()).isZero();
        assertThat(run("check").out()).isEqualTo(CheckCommand.CLEAN + "\n");
        assertThat(run("revision", "--autogenerate", "-m", "nothing").out()).isEqualTo("No changes detected\n");

        assertThat(run("downgrade", "-1").exitCode()).isZero();
        assertThat(run("snapshot").out()).isEqualTo(before);
        CliRun behind = run("check");
        assertThat(behind.exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(behind.err()).startsWith("ERROR [omninode] Target database is not up to date.");
        CliRun refused = run("revision", "--autogenerate", "-m", "again");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(newRevisions()).hasSize(2);
    }

    @Test
    void checkJsonListsDifferencesAndWhatWasNotCompared() throws IOException {
        createNodeAndHookEvents();
        LiveDatabases.execute(database, "create index ix_event_created_at on hook_events (created_at);"
                + " create view node_titles as select title from node");

        CliRun json = run("check", "--json");

        assertThat(json.exitCode()).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(json.out()).isEqualTo("""
                {
                  "clean" : false,
                  "revisions" : [ "%s" ],
                  "expected" : [ "the entities", "the snapshot of revision %s" ],
                  "differences" : [ {
                    "subject" : "table hook_events",
                    "line" : "- index ix_event_created_at",
                    "destructive" : false
                  } ],
                  "notCompared" : [ {
                    "kind" : "view",
                    "name" : "node_titles"
                  } ]
                }
                """.formatted(revisionOf(newRevisions().get(0)), revisionOf(newRevisions().get(0))));
        CliRun text = run("check");
        assertThat(text.out()).isEqualTo("-- not compared: view node_titles\n"
                + "New upgrade operations detected (the database against the entities and the snapshot of revision "
                + revisionOf(newRevisions().get(0)) + "):\ntable hook_events\n  - index ix_event_created_at\n");
        assertThat(text.out() + text.err()).doesNotContain(CliRun.PASSWORD);
    }

    private static final String HOOK_EVENT_INDEXED = HOOK_EVENT.replace(
            "indexes = @Index(name = \"ix_hook_events_node_id\", columns = \"node_id\"))",
            "indexes = {@Index(name = \"ix_hook_events_node_id\", columns = \"node_id\"),"
                    + " @Index(name = \"ix_hook_events_created_at\", columns = \"created_at\")},"
                    + " checks = @Check(name = \"ck_hook_events_id\", expression = \"id > 0\"))");

    @Test
    void anIndexAndACheckOnAnExistingTableComeInTheSafeFormAndApply() throws IOException {
        createNodeAndHookEvents();
        LiveDatabases.execute(database, "insert into node (id, title) values (1, 'a');"
                + " insert into hook_events (id, node_id) values (1, 1)");
        compile(HOOK_EVENT_INDEXED);

        CliRun safe = run("revision", "--autogenerate", "-m", "index hook events");

        assertThat(safe.exitCode()).as(safe.err()).isZero();
        assertThat(newRevisions()).hasSize(3);
        Path first = newRevisions().stream().filter(f -> f.toString().endsWith("_index_hook_events.java")).findFirst()
                .orElseThrow();
        Path online = newRevisions().stream().filter(f -> f.toString().endsWith("_index_hook_events_online.java"))
                .findFirst().orElseThrow();
        assertThat(safe.out()).contains("  Generating " + online + " ...  done");
        assertThat(safe.err()).contains("INFO  [omninode] the steps that take long locks if run in a transaction");
        assertThat(Files.readString(first)).doesNotContain("transactional")
                .contains("// NOT VALID: checks new rows only, without scanning the table under lock")
                .contains("op.addCheck(\"hook_events\", CheckConstraint.of(\"ck_hook_events_id\", \"id > 0\"),"
                        + " Operations.Option.NOT_VALID);");
        assertThat(Files.readString(online)).contains("transactional = false")
                .contains("downRevision = \"" + revisionOf(first) + "\"")
                .contains("op.createIndex(Index.of(\"ix_hook_events_created_at\", \"hook_events\", \"created_at\"),"
                        + " Operations.Option.CONCURRENTLY);")
                .contains("op.validateConstraint(\"hook_events\", \"ck_hook_events_id\");");
        assertThat(project.resolve("src/main/schema/" + revisionOf(online) + ".json")).exists();

        compile(Files.readString(first), Files.readString(online));
        CliRun upgrade = run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(run("check").out()).isEqualTo(CheckCommand.CLEAN + "\n");
        assertThat(run("downgrade", "-2").exitCode()).isZero();
        assertThat(run("upgrade", "head").exitCode()).isZero();
    }

    @Test
    void withNoSafeDdlTheSameChangeIsOnePlainRevision() throws IOException {
        createNodeAndHookEvents();
        compile(HOOK_EVENT_INDEXED);

        CliRun plain = run("revision", "--autogenerate", "--no-safe-ddl", "-m", "index hook events");

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(newRevisions()).hasSize(2);
        assertThat(Files.readString(newRevisions().get(1))).doesNotContain("CONCURRENTLY").doesNotContain("NOT_VALID")
                .doesNotContain("lock_timeout").contains("op.createIndex(Index.of(\"ix_hook_events_created_at\"");
    }

    /** The database at a generated first revision that creates node and hook_events. */
    private void createNodeAndHookEvents() throws IOException {
        compile(AutogenerateRevisionTest.FIRST, NODE, HOOK_EVENT);
        run("upgrade", "head");
        run("revision", "--autogenerate", "-m", "create node");
        compile(Files.readString(newRevisions().get(0)));
        run("upgrade", "head");
    }

    private void compile(String... sources) throws IOException {
        Path folder = Files.createDirectories(project.resolve("src/main/java/com/example/db"));
        for (String source : sources) {
            String className = source.replaceAll("(?s).*public (?:final )?class (\\w+).*", "$1");
            Files.writeString(folder.resolve(className + ".java"), source);
        }
        ProjectCompiler result = ProjectCompiler.compile(project.resolve("src/main/java"),
                project.resolve("target/classes"),
                "-Aomninode.migrations.schemaDir=" + project.resolve("src/main/schema"));
        assertThat(result.exitCode()).as(result.diagnostics()).isZero();
    }

    /** Each run a minute after the last, so revisions sort by creation as their names do. */
    private CliRun run(String... args) {
        Clock clock = Clock.offset(CliRun.CLOCK, Duration.ofMinutes(runs++));
        return CliRun.runWith(new CliContext(CliRun.environment(database), project, CliRun.withoutTestRegistries(),
                clock), args);
    }

    /** The revisions the CLI wrote, oldest first (their names start with the creation time). */
    private List<Path> newRevisions() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("src/main/java/com/example/db"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("V2026")).sorted().toList();
        }
    }

    /** {@code V<date>_<time>_<revision>_<slug>.java}. */
    private static String revisionOf(Path migration) {
        return migration.getFileName().toString().split("_")[2];
    }
}
