package io.omninode.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.Direction;
import io.omninode.migrations.MigrationFailedException;
import io.omninode.migrations.NoMigrationsException;
import io.omninode.migrations.TestMigration;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier on an embedded PostgreSQL: clean histories pass, each kind of misbehaving step is named. */
class MigrationVerifierTest {

    @TempDir
    Path schemaDir;

    @BeforeEach
    void writeSnapshots() {
        Snapshots.write(schemaDir, "a1", Snapshots.table("node", "id bigint not null", "name text"));
        Snapshots.write(schemaDir, "b2", Snapshots.table("node", "id bigint not null", "name text", "status text"));
        Snapshots.write(schemaDir, "c3", Snapshots.table("hook_event", "id bigint not null", "node_id bigint"),
                Snapshots.table("node", "id bigint not null", "name text", "status text"));
    }

    /** a1 creates node, b2 adds node.status (with the given SQL), c3 creates hook_event. */
    static List<MigrationDescriptor> history(String b2Up, String b2Down) {
        return List.of(
                TestMigration.revision("a1").up("create table node (id bigint not null, name text)")
                        .down("drop table node").build(),
                TestMigration.revision("b2").after("a1").up(b2Up).down(b2Down).build(),
                TestMigration.revision("c3").after("b2").up("create table hook_event (id bigint not null, node_id bigint)")
                        .down("drop table hook_event").build());
    }

    static List<MigrationDescriptor> cleanHistory() {
        return history("alter table node add column status text", "alter table node drop column status");
    }

    private MigrationVerifier verifier(List<MigrationDescriptor> migrations) {
        return MigrationVerifier.forMigrations(migrations).schemaDir(schemaDir);
    }

    @Test
    void cleanHistoryPassesComparingEveryRevisionWithItsSnapshot() {
        Verification verification = verifier(cleanHistory()).verifyAll();

        assertThat(verification.revisions()).containsExactly("a1", "b2", "c3");
        assertThat(verification.comparedWithSnapshot()).containsExactly("a1", "b2", "c3");
        assertThat(verification.withoutSnapshot()).isEmpty();
        assertThat(verification.steps()).isEqualTo(6);
    }

    @Test
    void downgradeThatLeavesAColumnBehindIsNamedWithTheDifference() {
        MigrationVerifier verifier = verifier(history("alter table node add column status text", "select 1"));

        assertThatThrownBy(verifier::verifyAll).isInstanceOfSatisfying(MigrationVerificationError.class, e -> {
            assertThat(e.step()).isEqualTo(new MigrationStep("b2", "test.Migration_b2", "migration b2",
                    Direction.DOWNGRADE));
            assertThat(e.differences()).containsExactly("table node", "  - column node.status  (destructive)");
            assertThat(e.getMessage()).startsWith("The downgrade of revision b2 (test.Migration_b2, \"migration b2\")"
                    + " does not restore the schema before its upgrade (revision a1 applied last).")
                    .contains("Fix the downgrade");
        });
    }

    @Test
    void downgradeThatLeavesAViewBehindIsCaughtThoughViewsAreOutsideTheModel() {
        List<MigrationDescriptor> migrations = List.of(cleanHistory().get(0),
                TestMigration.revision("b2").after("a1")
                        .up("alter table node add column status text", "create view node_ids as select id from node")
                        .down("alter table node drop column status").build());

        assertThatThrownBy(verifier(migrations)::verifyAll).isInstanceOfSatisfying(MigrationVerificationError.class, e -> {
            assertThat(e.step()).extracting(MigrationStep::revision, MigrationStep::direction)
                    .containsExactly("b2", Direction.DOWNGRADE);
            assertThat(e.differences()).containsExactly("  left behind: view node_ids");
        });
    }

    @Test
    void upgradeThatDiffersFromItsSnapshotIsNamed() {
        MigrationVerifier verifier = verifier(history("alter table node add column status integer",
                "alter table node drop column status"));

        assertThatThrownBy(verifier::verifyAll).isInstanceOfSatisfying(MigrationVerificationError.class, e -> {
            assertThat(e.step().revision()).isEqualTo("b2");
            assertThat(e.step().direction()).isEqualTo(Direction.UPGRADE);
            assertThat(e.differences()).containsExactly("table node",
                    "  ~ column node.status: integer -> text  (destructive)");
            assertThat(e.getMessage()).contains("does not produce the snapshot of revision b2 ("
                    + schemaDir.resolve("b2.json") + ")");
        });
    }

    @Test
    void revisionWithoutSnapshotIsVerifiedByTheRoundTripOnly() throws Exception {
        Files.delete(schemaDir.resolve("b2.json"));

        Verification verification = verifier(cleanHistory()).verifyAll();

        assertThat(verification.comparedWithSnapshot()).containsExactly("a1", "c3");
        assertThat(verification.withoutSnapshot()).containsExactly("b2");
    }

    @Test
    void roundTripCatchesABrokenDowngradeOfARevisionWithoutSnapshot() throws Exception {
        Files.delete(schemaDir.resolve("b2.json"));
        Files.delete(schemaDir.resolve("a1.json"));
        MigrationVerifier verifier = verifier(history("alter table node add column status text", "select 1"));

        assertThatThrownBy(verifier::verifyAll).isInstanceOfSatisfying(MigrationVerificationError.class, e ->
                assertThat(e.step()).extracting(MigrationStep::revision, MigrationStep::direction)
                        .containsExactly("b2", Direction.DOWNGRADE));
    }

    @Test
    void requireSnapshotsFailsAtTheRevisionWithoutOne() throws Exception {
        Files.delete(schemaDir.resolve("b2.json"));

        assertThatThrownBy(() -> verifier(cleanHistory()).requireSnapshots().verifyAll())
                .isInstanceOfSatisfying(MigrationVerificationError.class, e -> {
                    assertThat(e.step().revision()).isEqualTo("b2");
                    assertThat(e.getMessage()).contains("has no snapshot " + schemaDir.resolve("b2.json"));
                });
    }

    @Test
    void failingMigrationIsNamedWithTheServersMessage() {
        MigrationVerifier verifier = verifier(history("alter table nodes add column status text",
                "alter table node drop column status"));

        assertThatThrownBy(verifier::verifyAll).isInstanceOfSatisfying(MigrationVerificationError.class, e -> {
            assertThat(e.step().revision()).isEqualTo("b2");
            assertThat(e.getMessage()).startsWith("The upgrade of revision b2").contains("\"nodes\" does not exist");
            assertThat(e.getCause()).isInstanceOf(MigrationFailedException.class);
        });
    }

    @Test
    void classpathWithoutARegistryIsToldWhereMigrationsComeFrom() {
        ClassLoader empty = new URLClassLoader(new URL[0], null);

        assertThatThrownBy(() -> MigrationVerifier.forRegistries(empty).verifyAll())
                .isInstanceOf(NoMigrationsException.class).hasMessageContaining("MigrationRegistry");
    }

    @Test
    void branchesMergeAndDependsOnAreWalkedOneRevisionAtATime() {
        // a1 -> b1, a1 -> c1, m1 merges them; z1 is a second base and y2 follows it, depending on b1
        List<MigrationDescriptor> migrations = List.of(
                TestMigration.revision("a1").creatingTable().build(),
                TestMigration.revision("b1").after("a1").creatingTable().build(),
                TestMigration.revision("c1").after("a1").creatingTable().build(),
                TestMigration.revision("m1").after("b1", "c1").build(),
                TestMigration.revision("z1").creatingTable().label("other").build(),
                TestMigration.revision("y2").after("z1").dependsOn("b1").creatingTable().build());
        Snapshots.write(schemaDir, "a1", Snapshots.table("t_a1", "id integer"));
        Snapshots.write(schemaDir, "m1", Snapshots.table("t_a1", "id integer"), Snapshots.table("t_b1", "id integer"),
                Snapshots.table("t_c1", "id integer"));

        Verification verification = verifier(migrations).verifyAll();

        assertThat(verification.revisions()).containsExactly("a1", "b1", "c1", "m1", "z1", "y2");
        assertThat(verification.steps()).isEqualTo(12);
        assertThat(verification.comparedWithSnapshot()).containsExactly("a1", "m1");
        assertThat(verification.withoutSnapshot()).containsExactlyInAnyOrder("b1", "c1", "z1", "y2");
    }
}
