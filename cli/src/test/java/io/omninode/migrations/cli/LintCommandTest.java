package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code omninode-migrate lint} over a compiled project, measured on a scratch database of the test server. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LintCommandTest {

    private static final String CREATE = """
            package com.example.db;

            import io.omninode.migrations.MigrationScript;
            import io.omninode.migrations.Operations;
            import io.omninode.migrations.annotations.Migration;
            import io.omninode.migrations.schema.Column;
            import io.omninode.migrations.schema.Table;

            @Migration(revision = "1975ea83b712", message = "create hook events")
            public class V1CreateHookEvents implements MigrationScript {
                public void upgrade(Operations op) {
                    op.createTable(Table.named("hook_events").column(Column.of("id", "bigint").notNull())
                            .column("status", "text").primaryKey("id"));
                }
                public void downgrade(Operations op) {
                    op.dropTable("hook_events");
                }
            }
            """;
    private static final String INDEX = """
            package com.example.db;

            import io.omninode.migrations.MigrationScript;
            import io.omninode.migrations.Operations;
            import io.omninode.migrations.annotations.AllowHazards;
            import io.omninode.migrations.annotations.Migration;
            import io.omninode.migrations.schema.Index;

            @Migration(revision = "ae1027a6acf", downRevision = "1975ea83b712", message = "index and rewrite")
            @AllowHazards(value = {"require-concurrent-index-creation", "ban-drop-column"},
                    reason = "hook_events is small in every environment")
            public class V2IndexHookEvents implements MigrationScript {
                public void upgrade(Operations op) {
                    op.execute("SET LOCAL lock_timeout = '2s'");
                    op.createIndex(Index.of("ix_hook_events_status", "hook_events", "status"));
                    op.alterColumnType("hook_events", "status", "integer", "length(status)");
                }
                public void downgrade(Operations op) {
                    op.dropIndex("ix_hook_events_status");
                }
            }
            """;

    private final TestDatabase database;
    private Path classes;
    private String scratch;

    LintCommandTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void compileProject() throws IOException {
        Path project = CliRun.emptyDirectory();
        Path sources = project.resolve("src/main/java/com/example/db");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("V1CreateHookEvents.java"), CREATE);
        Files.writeString(sources.resolve("V2IndexHookEvents.java"), INDEX);
        classes = project.resolve("classes");
        ProjectCompiler compiled = ProjectCompiler.compile(project.resolve("src/main/java"), classes);
        assertThat(compiled.exitCode()).as(compiled.diagnostics()).isZero();
    }

    @BeforeEach
    void createScratch() throws SQLException {
        scratch = "lint_cli_" + UUID.randomUUID().toString().substring(0, 8);
        sql("create database " + scratch);
    }

    @AfterEach
    void dropScratch() throws SQLException {
        sql("drop database if exists " + scratch + " with (force)");
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.connect(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private CliRun lint(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--classpath";
        all[1] = classes.toString();
        all[2] = "lint";
        all[3] = "--scratch-url=" + CliRun.urlWithPassword(database).replace("/" + database.name() + "?",
                "/" + scratch + "?");
        System.arraycopy(args, 0, all, 4, args.length);
        return run(all);
    }

    /** Sees only the project's classes: the test history's registry is hidden. */
    private CliRun run(String... args) {
        return CliRun.runWith(new CliContext(CliRun.environment(database), classes.getParent(),
                CliRun.withoutTestRegistries(), CliRun.CLOCK), args);
    }

    @Test
    void reportsMeasuredAndStaticHazardsAndExitsOneOnAnError() {
        CliRun run = lint();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DIFFERENCES);
        assertThat(run.out()).contains("ae1027a6acf (com.example.db.V2IndexHookEvents)\n"
                + "  allowed require-concurrent-index-creation: CREATE INDEX ix_hook_events_status ON hook_events"
                + " (status)\n"
                + "          reason: hook_events is small in every environment\n"
                + "  error   changing-column-type: ALTER TABLE hook_events ALTER COLUMN status TYPE integer USING"
                + " length(status)\n");
        assertThat(run.out()).contains("  error   measured-table-rewrite: rewrote hook_events\n")
                .contains("  warning measured-lock: took ACCESS EXCLUSIVE on hook_events\n")
                .contains("unused allowance: ae1027a6acf (com.example.db.V2IndexHookEvents) allows \"ban-drop-column\","
                        + " which lint no longer finds there; remove it from @AllowHazards\n")
                .endsWith("Linted 2 revisions (the scratch database localhost:" + port() + ", database " + scratch
                        + ", user postgres): 2 errors, 1 warning, 1 allowed.\n");
        assertThat(run.out() + run.err()).doesNotContain(CliRun.PASSWORD);
    }

    @Test
    void jsonForCi() throws IOException {
        CliRun run = lint("--json", "ae1027a6acf:ae1027a6acf");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DIFFERENCES);
        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.get("revisions").toString()).isEqualTo("[\"ae1027a6acf\"]");
        assertThat(document.get("failed").asBoolean()).isTrue();
        JsonNode first = document.get("hazards").get(0);
        assertThat(first.get("code").asText()).isEqualTo("require-concurrent-index-creation");
        assertThat(first.get("allowed").asBoolean()).isTrue();
        assertThat(first.get("reason").asText()).isEqualTo("hook_events is small in every environment");
        assertThat(document.get("unusedAllowances").get(0).get("code").asText()).isEqualTo("ban-drop-column");
    }

    @Test
    void byDefaultOnlyTheRevisionsNotYetApplied() {
        assertThat(run("--classpath", classes.toString(), "upgrade", "head").exitCode()).isZero();

        CliRun run = run("--classpath", classes.toString(), "lint", "--rules-only");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Nothing to lint: no revision in the range.\n");
        dropTarget();
    }

    @Test
    void aRangeAndAllTogetherAreAUsageError() {
        CliRun run = lint("--all", "1975ea83b712:ae1027a6acf");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("give either a RANGE or --all, not both");
    }

    private void dropTarget() {
        try {
            sql("drop table if exists hook_events, alembic_version, omninode_migration_log cascade");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String port() {
        return database.jdbcUrl().replaceFirst("jdbc:postgresql://[^:/]+:(\\d+)/.*", "$1");
    }
}
