package io.omninode.migrations;

import static io.omninode.migrations.Sql.rows;
import static io.omninode.migrations.Sql.tables;
import static io.omninode.migrations.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigratorUpgradeDowngradeTest extends MigratorDatabaseTest {

    MigratorUpgradeDowngradeTest(TestDatabase database) {
        super(database);
    }

    /*
     * a1 - a2 - b1 (label beta) - b2
     *        \
     *         c1 (label gamma) ----- m1 (merge of b2, c1)
     * d1 (second base); e1 depends on d1, follows m1
     */
    private static List<MigrationDescriptor> branched() {
        return List.of(
                TestMigration.revision("a1").creatingTable().build(),
                TestMigration.revision("a2").after("a1").creatingTable().build(),
                TestMigration.revision("b1").after("a2").label("beta").creatingTable().build(),
                TestMigration.revision("b2").after("b1").creatingTable().build(),
                TestMigration.revision("c1").after("a2").label("gamma").creatingTable().build(),
                TestMigration.revision("m1").after("b2", "c1").creatingTable().build(),
                TestMigration.revision("d1").creatingTable().build(),
                TestMigration.revision("e1").after("m1").dependsOn("d1").creatingTable().build());
    }

    @Test
    void upgradeHeadCreatesTheVersionTableExactlyAsAlembicDoes() {
        CommandResult result = migrator(TestMigration.chain("a1", "a2", "a3")).upgrade("head");

        assertThat(result.steps()).extracting(AppliedStep::revision).containsExactly("a1", "a2", "a3");
        assertThat(result.headsBefore()).isEmpty();
        assertThat(result.headsAfter()).containsExactly("a3");
        assertThat(versions(database)).containsExactly("a3");
        assertThat(tables(database)).containsExactly("t_a1", "t_a2", "t_a3");
        assertThat(rows(database, "select column_name, data_type, character_maximum_length, is_nullable"
                + " from information_schema.columns where table_name = 'alembic_version'"))
                .containsExactly("version_num|character varying|32|NO");
        assertThat(rows(database, "select conname, contype from pg_constraint"
                + " where conrelid = 'alembic_version'::regclass")).containsExactly("alembic_version_pkc|p");
    }

    @Test
    void eachAppliedStepIsAuditedWithDirectionHeadsChecksumAndUser() {
        Migrator migrator = migrator(TestMigration.chain("a1", "a2"));
        migrator.upgrade("head");
        migrator.downgrade("-1");

        assertThat(rows(database, "select revision, direction, heads_before, heads_after, checksum, success,"
                + " db_user = current_user, duration_ms >= 0, error from omninode_migration_log order by id"))
                .containsExactly(
                        "a1|upgrade||a1|sha-a1|t|t|t|null",
                        "a2|upgrade|a1|a2|sha-a2|t|t|t|null",
                        "a2|downgrade|a2|a1|null|t|t|t|null");
    }

    @Test
    void upgradeAtHeadDoesNothing() {
        Migrator migrator = migrator(TestMigration.chain("a1", "a2"));
        migrator.upgrade("head");
        CommandResult again = migrator.upgrade("head");
        assertThat(again.isNoOp()).isTrue();
        assertThat(again.headsAfter()).containsExactly("a2");
        assertThat(rows(database, "select count(*) from omninode_migration_log")).containsExactly("2");
    }

    @Test
    void relativeTargetsMoveStepByStep() {
        Migrator migrator = migrator(TestMigration.chain("a1", "a2", "a3"));
        assertThat(migrator.upgrade("+2").headsAfter()).containsExactly("a2");
        assertThat(migrator.upgrade("+1").headsAfter()).containsExactly("a3");
        assertThat(migrator.downgrade("-2").headsAfter()).containsExactly("a1");
        assertThat(migrator.upgrade("a1+1").headsAfter()).containsExactly("a2");
        assertThat(migrator.downgrade("a2-1").headsAfter()).containsExactly("a1");
        assertThat(tables(database)).containsExactly("t_a1");
    }

    @Test
    void prefixTargetUpgradesToThatRevision() {
        Migrator migrator = migrator(TestMigration.chain("1975ea83b712", "ae1027a6acf0", "ae2cc"));
        migrator.upgrade("ae10");
        assertThat(versions(database)).containsExactly("ae1027a6acf0");
    }

    @Test
    void downgradeBaseRemovesEverythingAndEmptiesTheVersionTable() {
        Migrator migrator = migrator(TestMigration.chain("a1", "a2", "a3"));
        migrator.upgrade("head");
        CommandResult result = migrator.downgrade("base");
        assertThat(result.steps()).extracting(AppliedStep::revision).containsExactly("a3", "a2", "a1");
        assertThat(result.steps()).allSatisfy(step -> assertThat(step.direction()).isEqualTo(Direction.DOWNGRADE));
        assertThat(versions(database)).isEmpty();
        assertThat(tables(database)).isEmpty();
    }

    @Test
    void downgradeBeyondBaseSaysHowFarItCanGoAndRunsNothing() {
        Migrator migrator = migrator(TestMigration.chain("a1", "a2"));
        migrator.upgrade("head");
        assertThatThrownBy(() -> migrator.downgrade("-3"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("relative revision \"-3\" goes past base: from a2 it can go at most -2");
        assertThat(versions(database)).containsExactly("a2");
    }

    @Test
    void downgradePastTheBaseOfOneLineRemovesThatLineOnly() {
        Migrator migrator = migrator(branched());
        migrator.upgrade("m1");
        migrator.upgrade("d1");

        CommandResult result = migrator.downgrade("d1@base");

        assertThat(result.steps()).extracting(AppliedStep::revision).containsExactly("d1");
        assertThat(versions(database)).containsExactly("m1");
        assertThat(tables(database)).containsExactly("t_a1", "t_a2", "t_b1", "t_b2", "t_c1", "t_m1");
    }

    @Test
    void relativeDowngradePastBaseThatAlembicTurnsIntoBaseOfEverythingIsRefusedAndNothingRuns() {
        Migrator migrator = migrator(branched());
        migrator.upgrade("m1");
        migrator.upgrade("d1");

        assertThatThrownBy(() -> migrator.downgrade("d1-1")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("Alembic would then remove everything applied that grew from a1, d1")
                .hasMessageContaining("run downgrade base");
        assertThat(versions(database)).containsExactly("d1", "m1");
    }

    @Test
    void wrongWayRelativeTargetsAreRejectedBeforeConnecting() {
        Migrator unreachable = Migrator.configure().url("postgresql://u@127.0.0.1:1/nowhere")
                .migrations(TestMigration.chain("a1")).load();
        assertThatThrownBy(() -> unreachable.upgrade("-1")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("use downgrade -1");
        assertThatThrownBy(() -> unreachable.downgrade("+1")).isInstanceOf(InvalidTargetException.class);
        assertThatThrownBy(() -> unreachable.upgrade("zz")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("no revision or branch label \"zz\"");
    }

    @Test
    void headWithSeveralHeadsIsRefusedAndHeadsUpgradesAllBranchesAndBases() {
        Migrator migrator = migrator(branched().subList(0, 5));
        assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("use \"heads\"");
        migrator.upgrade("heads");
        assertThat(versions(database)).containsExactly("b2", "c1");
    }

    @Test
    void branchLabelTargetsMoveOneBranchOnly() {
        Migrator migrator = migrator(branched());
        migrator.upgrade("a2");
        migrator.upgrade("beta@+1");
        assertThat(versions(database)).containsExactly("b1");
        migrator.upgrade("gamma");
        assertThat(versions(database)).containsExactly("b1", "c1");
        migrator.upgrade("beta@+1");
        assertThat(versions(database)).containsExactly("b2", "c1");
        // both branches merge into m1, so each label's head is the one head above the merge
        assertThatThrownBy(() -> migrator.upgrade("beta@+3")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("goes past head");
        migrator.downgrade("beta@-1");
        assertThat(versions(database)).containsExactly("b1", "c1");
        assertThat(tables(database)).containsExactly("t_a1", "t_a2", "t_b1", "t_c1");
    }

    @Test
    void mergeDeletesOneRowAndUpdatesTheOtherAndDowngradeToAParentUndoesOnlyTheMerge() {
        Migrator migrator = migrator(branched());
        migrator.upgrade("m1");
        assertThat(versions(database)).containsExactly("m1");
        assertThatThrownBy(() -> migrator.downgrade("-1")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("Ambiguous walk");
        assertThat(versions(database)).containsExactly("m1");
        CommandResult down = migrator.downgrade("c1");
        assertThat(down.steps()).extracting(AppliedStep::revision).containsExactly("m1");
        assertThat(versions(database)).containsExactly("b2", "c1");
    }

    @Test
    void upgradeAppliesDependenciesFirstAndDowngradeRemovesDependentsFirst() {
        Migrator migrator = migrator(branched());
        migrator.upgrade("m1");
        CommandResult up = migrator.upgrade("e1");
        assertThat(up.steps()).extracting(AppliedStep::revision).containsExactly("d1", "e1");
        assertThat(versions(database)).containsExactly("e1");
        CommandResult down = migrator.downgrade("a2");
        assertThat(down.steps().get(0).revision()).isEqualTo("e1");
        assertThat(down.steps()).extracting(AppliedStep::revision).doesNotContain("d1", "a2");
        assertThat(versions(database)).containsExactly("a2", "d1");
        assertThat(tables(database)).containsExactly("t_a1", "t_a2", "t_d1");
    }

    @Test
    void historyHeadsBranchesAndShowDescribeTheGraph() {
        Migrator migrator = migrator(branched());
        // as in Alembic, a dependsOn target without children of its own stays a head
        assertThat(migrator.heads()).extracting(RevisionInfo::revision).containsExactly("d1", "e1");
        assertThat(migrator.branches()).extracting(RevisionInfo::revision).containsExactly("a2");
        List<String> history = new ArrayList<>(migrator.history(null).stream().map(RevisionInfo::revision).toList());
        assertThat(history.get(0)).isEqualTo("e1");
        assertThat(history).hasSize(8).endsWith("a1");
        assertThat(migrator.history("a2:b2")).extracting(RevisionInfo::revision).containsExactly("b2", "b1", "a2");
        assertThat(migrator.history("m1:")).extracting(RevisionInfo::revision).containsExactly("e1", "m1");
        assertThatThrownBy(() -> migrator.history("a2")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("[start]:[end]");
        RevisionInfo merge = migrator.show("m1").get(0);
        assertThat(merge.merge()).isTrue();
        assertThat(merge.downRevisions()).containsExactly("b2", "c1");
        assertThat(merge.nextRevisions()).containsExactly("e1");
        migrator.upgrade("b1");
        assertThat(migrator.show("current")).extracting(RevisionInfo::revision).containsExactly("b1");
        assertThat(migrator.history("current:b2")).extracting(RevisionInfo::revision).containsExactly("b2", "b1");
    }

    @Test
    void currentListsTheVersionRowsAndIsBaseWithoutAVersionTable() {
        Migrator migrator = migrator(branched());
        assertThat(migrator.current().heads()).isEmpty();
        assertThat(rows(database, "select to_regclass('alembic_version') is null")).containsExactly("t");
        migrator.upgrade("b1");
        migrator.upgrade("c1");
        assertThat(migrator.current().revisions()).containsExactly("b1", "c1");
    }

    @Test
    void versionTableNameAndSchemaAreConfigurable() {
        Sql.execute(database, "create schema meta");
        Migrator migrator = Migrator.configure().dataSource(database.dataSource())
                .migrations(TestMigration.chain("a1")).versionTable("Bridge Versions").versionTableSchema("meta")
                .load();
        migrator.upgrade("head");
        assertThat(rows(database, "select version_num from meta.\"Bridge Versions\"")).containsExactly("a1");
        assertThat(rows(database, "select conname from pg_constraint where conrelid = 'meta.\"Bridge Versions\"'::regclass"))
                .containsExactly("Bridge Versions_pkc");
        assertThat(rows(database, "select count(*) from meta.omninode_migration_log")).containsExactly("1");
        Sql.execute(database, "drop schema meta cascade");
    }

    @Test
    void listenerHearsEachStepStartAndFinishWithAlembicsProgressLine() {
        List<String> heard = new ArrayList<>();
        Migrator migrator = configure(TestMigration.chain("a1", "a2")).listener(new MigrationListener() {
            @Override
            public void stepStarting(Direction direction, String revision, String description) {
                heard.add("start " + description);
            }

            @Override
            public void stepFinished(AppliedStep step) {
                heard.add("done " + step.revision() + " " + step.headsAfter());
            }
        }).load();
        migrator.upgrade("head");
        migrator.downgrade("-1");
        assertThat(heard).containsExactly(
                "start upgrade  -> a1, migration a1", "done a1 [a1]",
                "start upgrade a1 -> a2, migration a2", "done a2 [a2]",
                "start downgrade a2 -> a1, migration a2", "done a2 [a1]");
    }
}
