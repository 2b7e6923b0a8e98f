package io.omninode.migrations;

import static io.omninode.migrations.Sql.rows;
import static io.omninode.migrations.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of difference from Alembic 1.8 that the differential replay found, on PostgreSQL: what
 * matches Alembic now, what is refused (and leaves the database as it was), and what stays a
 * deliberate difference.
 */
class MigratorAlembicParityTest extends MigratorDatabaseTest {

    MigratorAlembicParityTest(TestDatabase database) {
        super(database);
    }

    /*
     * r1 - r2 - r3 ------ r5 (merge)
     *         \          /
     *          r4 (audit)
     * r10 - r11 (label ledger); r12 follows r5 and depends on r11
     */
    private static List<MigrationDescriptor> history() {
        return List.of(
                TestMigration.revision("r1").creatingTable().build(),
                TestMigration.revision("r2").after("r1").creatingTable().build(),
                TestMigration.revision("r3").after("r2").creatingTable().build(),
                TestMigration.revision("r4").after("r2").label("audit").creatingTable().build(),
                TestMigration.revision("r5").after("r3", "r4").creatingTable().build(),
                TestMigration.revision("r10").creatingTable().build(),
                TestMigration.revision("r11").after("r10").label("ledger").creatingTable().build(),
                TestMigration.revision("r12").after("r5").dependsOn("r11").creatingTable().build());
    }

    private List<String> ranMigrations() {
        return rows(database, "select direction || ' ' || revision from omninode_migration_log"
                + " where direction <> 'stamp' order by id");
    }

    @Test
    void downgradeMinusOneAcrossMergeIsRefusedLikeAlembicAndNothingRuns() {
        Migrator migrator = migrator(history());
        migrator.upgrade("r5");

        assertThatThrownBy(() -> migrator.downgrade("-1")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("downgrade r3 or downgrade r4");
        assertThat(versions(database)).containsExactly("r5");
        assertThat(ranMigrations()).noneMatch(line -> line.startsWith("downgrade"));
    }

    @Test
    void upgradePlusOneFromSeveralCurrentRevisionsIsRefusedLikeAlembic() {
        Migrator migrator = migrator(history());
        migrator.upgrade("r3");
        migrator.upgrade("audit");

        assertThatThrownBy(() -> migrator.upgrade("+1")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("Ambiguous upgrade from multiple current revisions");
        assertThat(versions(database)).containsExactly("r3", "r4");
    }

    @Test
    void labelPrefixUpgradesToTheLabelledRevisionLikeAlembic() {
        Migrator migrator = migrator(history());

        CommandResult result = migrator.upgrade("aud");

        assertThat(result.steps()).extracting(AppliedStep::revision).containsExactly("r1", "r2", "r4");
        assertThat(versions(database)).containsExactly("r4");
    }

    @Test
    void labelAtBaseIsRefusedWhenAlembicWouldTakeAnotherBranchWithIt() {
        Migrator migrator = migrator(history());
        migrator.upgrade("r3");
        migrator.upgrade("audit");
        migrator.upgrade("ledger");

        assertThatThrownBy(() -> migrator.downgrade("audit@base")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("including r3, which is not on the line of r4")
                .hasMessageContaining("run downgrade r1@base");
        assertThat(versions(database)).containsExactly("r11", "r3", "r4");

        migrator.downgrade("ledger@base");
        assertThat(versions(database)).containsExactly("r3", "r4");
    }

    @Test
    void stampHeadsOverRowsThatAreNotHeadsRecordsEveryHeadSoNothingRunsTwice() {
        Migrator migrator = migrator(history());
        migrator.upgrade("r12");
        // A table as left by hand or by another tool: one row below a head, one head.
        Sql.execute(database, "delete from alembic_version; insert into alembic_version values ('r2'), ('r12')");

        migrator.stamp(List.of("heads"), false);

        // Alembic 1.8 records a single head here, and its next upgrade runs r3, r4 and r5 again.
        assertThat(versions(database)).containsExactly("r12");
        assertThat(migrator.upgrade("heads").steps()).isEmpty();
        assertThat(migrator.upgrade("r12").steps()).isEmpty();
    }

    @Test
    void stampHeadsKeepsEveryHeadOfUnmergedBranches() {
        List<MigrationDescriptor> forked = List.of(
                TestMigration.revision("f1").creatingTable().build(),
                TestMigration.revision("f2").after("f1").creatingTable().build(),
                TestMigration.revision("f3").after("f1").creatingTable().build());
        Migrator migrator = migrator(forked);
        migrator.upgrade("heads");
        Sql.execute(database, "insert into alembic_version values ('f1')");

        migrator.stamp(List.of("heads"), false);

        assertThat(versions(database)).containsExactly("f2", "f3");
        assertThat(migrator.upgrade("heads").steps()).isEmpty();
    }

    @Test
    void currentListsRevisionsAppliedAsADependencyOfAHeadLikeAlembic() {
        Migrator migrator = migrator(history());
        migrator.upgrade("r12");

        CurrentState state = migrator.current();

        assertThat(state.revisions()).containsExactly("r12");
        assertThat(state.dependencyHeads()).extracting(RevisionInfo::revision).containsExactly("r11");
        RevisionInfo r11 = state.dependencyHeads().get(0);
        assertThat(r11.head()).isTrue();
        assertThat(r11.effectiveHead()).isTrue();
        assertThat(state.all()).extracting(RevisionInfo::revision).containsExactly("r12", "r11");
    }

    @Test
    void currentHasNoDependencyHeadsWhenTheDependencyIsFollowedByAnAppliedRevision() {
        Migrator migrator = migrator(history());
        migrator.upgrade("r5");

        assertThat(migrator.current().dependencyHeads()).isEmpty();
        assertThat(migrator.current().heads()).extracting(RevisionInfo::effectiveHead).containsExactly(false);
    }
}
