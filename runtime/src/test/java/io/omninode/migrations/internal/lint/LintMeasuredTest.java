package io.omninode.migrations.internal.lint;

import static io.omninode.migrations.internal.lint.LintFixture.BASE;
import static io.omninode.migrations.internal.lint.LintFixture.hazards;
import static io.omninode.migrations.internal.lint.LintFixture.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.Hazard;
import io.omninode.migrations.HazardRule;
import io.omninode.migrations.LintReport;
import io.omninode.migrations.LintRequest;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.AllowHazards;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What lint measures on its scratch database, and what it never does: keep changes, or touch the target. */
@PostgresTest
class LintMeasuredTest {

    private final TestDatabase database;
    private TestDatabase scratch;

    LintMeasuredTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void newScratchAndEmptyTarget() throws SQLException {
        scratch = LintFixture.scratch(database);
        query(database, "DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS old_stuff CASCADE");
    }

    @AfterEach
    void dropScratch() {
        LintFixture.drop(database, scratch);
    }

    private Migrator migrator(MigrationDescriptor... migrations) {
        return Migrator.configure().dataSource(database.dataSource()).migrations(List.of(migrations)).load();
    }

    @Test
    void aRewriteByRawSqlIsMeasured() {
        LintReport report = migrator(BASE, revision("raw", "b0",
                op -> op.execute("ALTER TABLE hook_events ALTER COLUMN amount TYPE bigint")))
                .lint(LintRequest.range("raw:raw").measuredOn(scratch.dataSource()));

        assertThat(report.revisions()).containsExactly("raw");
        assertThat(hazards(report, "raw")).extracting(h -> h.rule().code() + " " + h.operation())
                .containsExactly("measured-lock took ACCESS EXCLUSIVE on hook_events",
                        "measured-table-rewrite rewrote hook_events");
    }

    @Test
    void theScratchTransactionIsAlwaysRolledBack() throws SQLException {
        LintReport report = migrator(BASE,
                revision("adds", "b0", op -> op.execute("ALTER TABLE hook_events ADD COLUMN x int")),
                revision("fails", "adds", op -> op.execute("ALTER TABLE hook_events ADD COLUMN y int NOT NULL")))
                .lint(LintRequest.all().measuredOn(scratch.dataSource()));

        assertThat(hazards(report, "fails")).extracting(h -> h.rule().code()).contains("measured-fails-with-rows");
        // each revision is committed after its measurement: had a measured run been kept, adding x again would
        // have failed; the rows given to the tables are gone too
        assertThat(report.notes()).isEmpty();
        assertThat(query(scratch, "SELECT string_agg(column_name, ',' ORDER BY column_name)"
                + " FROM information_schema.columns WHERE table_name = 'hook_events' AND column_name IN ('x', 'y')"))
                .containsExactly("x,y");
        assertThat(query(scratch, "SELECT (SELECT count(*) FROM hook_events) + (SELECT count(*) FROM node)"))
                .containsExactly("0");
    }

    @Test
    void theTargetDatabaseIsNeverTouched() throws SQLException {
        Migrator migrator = migrator(BASE, revision("next", "b0",
                op -> op.createIndex(Index.of("ix_hook_events_status", "hook_events", "status"))));
        migrator.upgrade("b0");
        List<String> before = fingerprint(database);

        LintReport report = migrator.lint(LintRequest.unapplied().measuredOn(scratch.dataSource()));

        assertThat(report.revisions()).containsExactly("next");
        assertThat(hazards(report, "next")).extracting(h -> h.rule().code()).contains(
                "require-concurrent-index-creation", "measured-lock");
        assertThat(fingerprint(database)).isEqualTo(before);
    }

    @Test
    void theTargetIsRefusedAsScratch() throws SQLException {
        Migrator migrator = migrator(BASE);
        assertThatThrownBy(() -> migrator.lint(LintRequest.unapplied().measuredOn(database.dataSource())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("the scratch database is the configured database " + database.name());
        migrator.upgrade("b0");
        assertThatThrownBy(() -> migrator.lint(LintRequest.all().measuredOn(database.dataSource())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is not empty (6 tables and views)");
        assertThat(query(database, "SELECT version_num FROM alembic_version")).containsExactly("b0");
    }

    @AllowHazards(value = {"require-concurrent-index-creation", "ban-drop-table"},
            reason = "hook_events is empty in every environment")
    public static final class AllowedIndex implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.execute("SET LOCAL lock_timeout = '2s'");
            op.createIndex(Index.of("ix_hook_events_status", "hook_events", "status"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropIndex("ix_hook_events_status");
        }
    }

    @Test
    void anAllowedHazardKeepsItsReasonAndAnUnusedAllowanceIsReported() {
        LintReport report = migrator(BASE, revision("allowed", "b0", new AllowedIndex()))
                .lint(LintRequest.range("allowed:allowed"));

        Hazard hazard = hazards(report, "allowed").get(0);
        assertThat(hazard.rule()).isEqualTo(HazardRule.REQUIRE_CONCURRENT_INDEX_CREATION);
        assertThat(hazard.allowance()).contains("hook_events is empty in every environment");
        assertThat(report.failed()).isFalse();
        assertThat(report.unusedAllowances()).containsExactly(
                new LintReport.UnusedAllowance("allowed", "test.Migration_allowed", "ban-drop-table"));
        assertThat(report.measured()).isFalse();
    }

    @Test
    void anErrorThatIsNotAllowedFailsTheReport() {
        LintReport report = migrator(BASE, revision("plain", "b0",
                op -> op.createIndex(Index.of("ix_hook_events_status", "hook_events", "status"))))
                .lint(LintRequest.range("plain:plain"));
        assertThat(report.failed()).isTrue();
        assertThat(hazards(report, "plain")).extracting(Hazard::allowance).containsOnly(Optional.empty());
    }

    /** Every relation with its file node and columns, the version rows and the row counts of the tables. */
    private static List<String> fingerprint(TestDatabase target) throws SQLException {
        List<String> rows = new ArrayList<>(query(target, """
                SELECT c.relname || ' ' || c.relkind::text || ' ' || c.relfilenode || ' '
                       || coalesce((SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute
                                    WHERE attrelid = c.oid AND attnum > 0 AND NOT attisdropped), '')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' ORDER BY 1"""));
        rows.addAll(query(target, "SELECT version_num FROM alembic_version"));
        rows.addAll(query(target, "SELECT (SELECT count(*) FROM hook_events) || ' ' || (SELECT count(*) FROM node)"));
        return rows;
    }

    private static List<String> query(TestDatabase target, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                try (ResultSet rs = statement.getResultSet()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
        }
        return rows;
    }
}
