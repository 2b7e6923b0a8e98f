package io.omninode.migrations.internal.lint;

import static io.omninode.migrations.Operations.Option.CONCURRENTLY;
import static io.omninode.migrations.Operations.Option.NOT_VALID;
import static io.omninode.migrations.internal.lint.LintFixture.BASE;
import static io.omninode.migrations.internal.lint.LintFixture.codes;
import static io.omninode.migrations.internal.lint.LintFixture.hazards;
import static io.omninode.migrations.internal.lint.LintFixture.nonTransactional;
import static io.omninode.migrations.internal.lint.LintFixture.revision;
import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.HazardRule;
import io.omninode.migrations.LintReport;
import io.omninode.migrations.LintRequest;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every static rule: a revision that triggers it and its safe variant that does not, in one history linted once
 * and measured on a scratch PostgreSQL database, so the measurements confirm what the rules say.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LintRulesTest {

    private final TestDatabase database;
    private TestDatabase scratch;
    private LintReport report;

    LintRulesTest(TestDatabase database) {
        this.database = database;
    }

    /** The cases in history order; the last two fail on PostgreSQL, so nothing after them can be built. */
    private static List<MigrationDescriptor> history() {
        List<MigrationDescriptor> steps = new ArrayList<>(List.of(BASE));
        step(steps, "index_bad", op -> op.createIndex(Index.of("ix_he_status", "hook_events", "status")));
        step(steps, "index_new_table", op -> {
            op.createTable(Table.named("fresh").column("id", "bigint").column("v", "text"));
            op.createIndex(Index.of("ix_fresh_v", "fresh", "v"));
        });
        steps.add(nonTransactional("index_good", last(steps),
                op -> op.createIndex(Index.of("ix_he_title", "hook_events", "title"), CONCURRENTLY)));
        step(steps, "drop_index_bad", op -> op.dropIndex("ix_he_status"));
        steps.add(nonTransactional("drop_index_good", last(steps), op -> op.dropIndex("ix_he_title", CONCURRENTLY)));
        step(steps, "required_bad", op -> op.addColumn("hook_events", Column.of("priority", "int").notNull()));
        step(steps, "required_good", op -> op.addColumn("hook_events",
                Column.of("rank", "int").notNull().defaultValue(0)));
        step(steps, "volatile_bad", op -> op.addColumn("hook_events",
                Column.of("token", "uuid").defaultExpression("gen_random_uuid()")));
        step(steps, "volatile_good", op -> op.addColumn("hook_events",
                Column.of("seen_at", "timestamptz").defaultExpression("now()")));
        step(steps, "type_bad", op -> op.alterColumnType("hook_events", "amount", "bigint"));
        step(steps, "type_good", op -> op.alterColumnType("hook_events", "title", "varchar(200)"));
        step(steps, "not_null_bad", op -> op.setNotNull("hook_events", "status"));
        step(steps, "not_null_check", op -> op.addCheck("hook_events",
                CheckConstraint.of("hook_events_legacy_not_null", "legacy IS NOT NULL"), NOT_VALID));
        step(steps, "not_null_validate", op -> op.validateConstraint("hook_events", "hook_events_legacy_not_null"));
        step(steps, "not_null_good", op -> op.setNotNull("hook_events", "legacy"));
        // the safe form's second revision: each statement commits on its own, so SET NOT NULL finds a valid check
        steps.add(nonTransactional("not_null_online", last(steps), op -> notNullThroughCheck(op, "node", "name")));
        // in one transaction the validation scans under the ADD's ACCESS EXCLUSIVE lock
        step(steps, "not_null_one_transaction", op -> notNullThroughCheck(op, "hook_events", "title"));
        step(steps, "fk_bad", op -> op.addForeignKey("hook_events", ForeignKey.of("node_id").references("node", "id")));
        step(steps, "fk_good", op -> op.addForeignKey("archive", ForeignKey.of("id").references("node", "id"),
                NOT_VALID));
        step(steps, "check_bad", op -> op.addCheck("hook_events", CheckConstraint.of("amount_positive", "amount >= 0")));
        step(steps, "check_good", op -> op.addCheck("hook_events", CheckConstraint.of("id_positive", "id > 0"),
                NOT_VALID));
        step(steps, "unique_bad", op -> op.addUnique("hook_events", Unique.of("payload")));
        steps.add(nonTransactional("unique_index", last(steps),
                op -> op.execute("CREATE UNIQUE INDEX CONCURRENTLY uq_he_title ON hook_events (title)")));
        step(steps, "unique_good", op -> op.execute(
                "ALTER TABLE hook_events ADD CONSTRAINT uq_he_title UNIQUE USING INDEX uq_he_title"));
        step(steps, "pk_bad", op -> op.addPrimaryKey("audit_old", PrimaryKey.of("id")));
        step(steps, "pk_good", op -> {
            op.createTable(Table.named("fresh_pk").column(Column.of("id", "bigint").notNull()));
            op.addPrimaryKey("fresh_pk", PrimaryKey.of("id"));
        });
        step(steps, "drop_column_bad", op -> op.dropColumn("hook_events", "legacy"));
        step(steps, "drop_column_good", op -> {
            op.createTable(Table.named("draft").column("a", "text").column("b", "text"));
            op.dropColumn("draft", "b");
        });
        step(steps, "drop_table_bad", op -> op.dropTable("archive"));
        step(steps, "drop_table_good", op -> {
            op.createTable(Table.named("scratchpad").column("a", "text"));
            op.dropTable("scratchpad");
        });
        step(steps, "drop_schema_bad", op -> op.dropSchema("old_stuff"));
        step(steps, "drop_schema_good", op -> {
            op.createSchema("staging");
            op.dropSchema("staging");
        });
        step(steps, "rename_column_bad", op -> op.renameColumn("hook_events", "payload", "body"));
        step(steps, "rename_column_good", op -> {
            op.createTable(Table.named("draft2").column("a", "text"));
            op.renameColumn("draft2", "a", "b");
        });
        step(steps, "rename_table_bad", op -> op.renameTable("audit_old", "audit_log"));
        step(steps, "rename_table_good", op -> {
            op.createTable(Table.named("draft3").column("a", "text"));
            op.renameTable("draft3", "draft4");
        });
        step(steps, "timeout_bad", op -> op.addColumn("hook_events", Column.of("note", "text")));
        step(steps, "timeout_good", op -> {
            op.execute("SET LOCAL lock_timeout = '2s'");
            op.addColumn("hook_events", Column.of("note2", "text"));
        });
        steps.add(nonTransactional("enum_good", last(steps), op -> op.addEnumValue("node_status", "paused")));
        step(steps, "enum_unused", op -> op.addEnumValue("node_status", "archived"));
        step(steps, "enum_bad", op -> {
            op.addEnumValue("node_status", "deleted");
            op.execute("UPDATE hook_events SET state = 'deleted'");
        });
        step(steps, "concurrently_in_transaction", op -> op.createIndex(
                Index.of("ix_he_amount", "hook_events", "amount"), CONCURRENTLY));
        return steps;
    }

    private static void notNullThroughCheck(io.omninode.migrations.Operations op, String table, String column) {
        op.addCheck(table, CheckConstraint.of(table + "_" + column + "_not_null", column + " IS NOT NULL"), NOT_VALID);
        op.validateConstraint(table, table + "_" + column + "_not_null");
        op.setNotNull(table, column);
    }

    private static void step(List<MigrationDescriptor> steps, String id,
            java.util.function.Consumer<io.omninode.migrations.Operations> upgrade) {
        steps.add(revision(id, last(steps), upgrade));
    }

    private static String last(List<MigrationDescriptor> steps) {
        return steps.get(steps.size() - 1).revision();
    }

    @BeforeAll
    void lintTheHistoryOnAScratchDatabase() {
        scratch = LintFixture.scratch(database);
        // lock_timeout off, the one configuration where require-timeout-settings applies
        Migrator migrator = Migrator.configure().dataSource(database.dataSource()).migrations(history())
                .lockTimeout("off").load();
        report = migrator.lint(LintRequest.all().measuredOn(scratch.dataSource()));
    }

    @AfterAll
    void dropScratch() {
        LintFixture.drop(database, scratch);
    }

    private void triggers(String revision, HazardRule... rules) {
        assertThat(codes(report, revision)).as(revision + ": " + hazards(report, revision))
                .containsAll(Arrays.stream(rules).map(HazardRule::code).toList());
    }

    private void doesNotTrigger(String revision, HazardRule... rules) {
        assertThat(codes(report, revision)).as(revision + ": " + hazards(report, revision))
                .doesNotContainAnyElementsOf(Arrays.stream(rules).map(HazardRule::code).toList());
    }

    @Test
    void indexOnAnExistingTableNeedsConcurrently() {
        triggers("index_bad", HazardRule.REQUIRE_CONCURRENT_INDEX_CREATION, HazardRule.MEASURED_LOCK);
        assertThat(hazards(report, "index_bad")).anyMatch(h -> h.operation().equals("took SHARE on hook_events"));
        assertThat(hazards(report, "index_bad")).filteredOn(h -> h.rule() == HazardRule.REQUIRE_CONCURRENT_INDEX_CREATION)
                .singleElement().satisfies(h -> assertThat(h.operation()).startsWith("CREATE INDEX ix_he_status ON"));
        doesNotTrigger("index_good", HazardRule.REQUIRE_CONCURRENT_INDEX_CREATION,
                HazardRule.BAN_CONCURRENT_INDEX_CREATION_IN_TRANSACTION);
    }

    @Test
    void anIndexOnATableOfTheSameRevisionIsNoHazardStaticOrMeasured() {
        assertThat(hazards(report, "index_new_table")).isEmpty();
    }

    @Test
    void indexDropOnAnExistingTableNeedsConcurrently() {
        triggers("drop_index_bad", HazardRule.REQUIRE_CONCURRENT_INDEX_DELETION);
        doesNotTrigger("drop_index_good", HazardRule.REQUIRE_CONCURRENT_INDEX_DELETION);
    }

    @Test
    void requiredColumnWithoutDefaultFailsWithRows() {
        triggers("required_bad", HazardRule.ADDING_REQUIRED_FIELD, HazardRule.MEASURED_FAILS_WITH_ROWS);
        doesNotTrigger("required_good", HazardRule.ADDING_REQUIRED_FIELD, HazardRule.MEASURED_FAILS_WITH_ROWS,
                HazardRule.MEASURED_TABLE_REWRITE);
    }

    @Test
    void volatileDefaultRewritesTheTable() {
        triggers("volatile_bad", HazardRule.ADDING_FIELD_WITH_DEFAULT, HazardRule.MEASURED_TABLE_REWRITE);
        assertThat(hazards(report, "volatile_bad")).anyMatch(h -> h.operation().equals("rewrote hook_events"));
        doesNotTrigger("volatile_good", HazardRule.ADDING_FIELD_WITH_DEFAULT, HazardRule.MEASURED_TABLE_REWRITE);
    }

    @Test
    void typeChangeThatRewritesIsFlaggedAndAWiderVarcharIsNot() {
        triggers("type_bad", HazardRule.CHANGING_COLUMN_TYPE, HazardRule.MEASURED_TABLE_REWRITE);
        doesNotTrigger("type_good", HazardRule.CHANGING_COLUMN_TYPE, HazardRule.MEASURED_TABLE_REWRITE);
    }

    @Test
    void setNotNullNeedsAValidatedCheck() {
        triggers("not_null_bad", HazardRule.ADDING_NOT_NULLABLE_FIELD);
        doesNotTrigger("not_null_check", HazardRule.CONSTRAINT_MISSING_NOT_VALID);
        doesNotTrigger("not_null_good", HazardRule.ADDING_NOT_NULLABLE_FIELD);
        doesNotTrigger("not_null_online", HazardRule.ADDING_NOT_NULLABLE_FIELD);
        triggers("not_null_one_transaction", HazardRule.ADDING_NOT_NULLABLE_FIELD);
    }

    @Test
    void foreignKeyNeedsNotValid() {
        triggers("fk_bad", HazardRule.ADDING_FOREIGN_KEY_CONSTRAINT);
        doesNotTrigger("fk_good", HazardRule.ADDING_FOREIGN_KEY_CONSTRAINT);
    }

    @Test
    void checkNeedsNotValid() {
        triggers("check_bad", HazardRule.CONSTRAINT_MISSING_NOT_VALID);
        doesNotTrigger("check_good", HazardRule.CONSTRAINT_MISSING_NOT_VALID);
    }

    @Test
    void uniqueAndPrimaryKeyNeedAConcurrentlyBuiltIndex() {
        triggers("unique_bad", HazardRule.DISALLOWED_UNIQUE_CONSTRAINT);
        doesNotTrigger("unique_good", HazardRule.DISALLOWED_UNIQUE_CONSTRAINT);
        triggers("pk_bad", HazardRule.ADDING_PRIMARY_KEY_CONSTRAINT);
        assertThat(hazards(report, "pk_good")).isEmpty();
    }

    @Test
    void dropsOfExistingObjectsAreDestructive() {
        triggers("drop_column_bad", HazardRule.BAN_DROP_COLUMN);
        triggers("drop_table_bad", HazardRule.BAN_DROP_TABLE);
        triggers("drop_schema_bad", HazardRule.BAN_DROP_SCHEMA);
        assertThat(hazards(report, "drop_column_good")).isEmpty();
        assertThat(hazards(report, "drop_table_good")).isEmpty();
        assertThat(hazards(report, "drop_schema_good")).isEmpty();
    }

    @Test
    void renamesOfExistingObjectsBreakTheRunningVersion() {
        triggers("rename_column_bad", HazardRule.RENAMING_COLUMN);
        triggers("rename_table_bad", HazardRule.RENAMING_TABLE);
        assertThat(hazards(report, "rename_column_good")).isEmpty();
        assertThat(hazards(report, "rename_table_good")).isEmpty();
    }

    @Test
    void statementsOnExistingTablesNeedALockTimeout() {
        triggers("timeout_bad", HazardRule.REQUIRE_TIMEOUT_SETTINGS);
        assertThat(codes(report, "timeout_good")).doesNotContain(HazardRule.REQUIRE_TIMEOUT_SETTINGS.code())
                .allMatch(code -> HazardRule.byCode(code).orElseThrow().measured());
    }

    @Test
    void theRuntimesDefaultLockTimeoutSatisfiesTheTimeoutRule() {
        LintReport byDefault = Migrator.configure().dataSource(database.dataSource()).migrations(history()).load()
                .lint(LintRequest.all());

        assertThat(codes(byDefault, "timeout_bad")).isEmpty();
        assertThat(byDefault.hazards()).extracting(h -> h.rule()).doesNotContain(HazardRule.REQUIRE_TIMEOUT_SETTINGS)
                .contains(HazardRule.REQUIRE_CONCURRENT_INDEX_CREATION);
    }

    @Test
    void enumValueUsedInTheTransactionThatAddsIt() {
        triggers("enum_bad", HazardRule.ENUM_VALUE_USED_IN_TRANSACTION, HazardRule.MEASURED_FAILURE);
        assertThat(hazards(report, "enum_good")).isEmpty();
        assertThat(hazards(report, "enum_unused")).isEmpty();
    }

    @Test
    void concurrentlyInATransactionalMigration() {
        triggers("concurrently_in_transaction", HazardRule.BAN_CONCURRENT_INDEX_CREATION_IN_TRANSACTION);
        assertThat(report.notes()).anyMatch(n -> n.startsWith("enum_bad: fails on the scratch database (")
                && n.endsWith("); the revisions after it are not measured"));
    }

    @Test
    void nonTransactionalRevisionsAreNotMeasuredAndSaySo() {
        assertThat(report.notes()).contains("index_good: not measured: @Migration(transactional = false) cannot run"
                + " inside the transaction lint inspects and rolls back; the static rules still apply");
    }

    @Test
    void everyStaticRuleIsCoveredByACase() {
        Set<String> seen = report.hazards().stream().map(h -> h.rule().code()).collect(Collectors.toSet());
        assertThat(seen).containsAll(Arrays.stream(HazardRule.values()).filter(r -> !r.measured())
                .map(HazardRule::code).toList());
    }
}
