package io.omninode.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.Direction;
import io.omninode.migrations.TestMigration;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows seeded before each step must survive it: a migration that destroys data is caught. */
class SeedCheckTest {

    @TempDir
    Path schemaDir;

    /** Inserts one row into node whenever node exists. */
    private static final StepCallback ONE_NODE = (connection, step) -> {
        try (Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if to_regclass('node') is not null then"
                    + " insert into node (id, name) values (1, 'bridge-1'); end if; end $$");
        }
    };

    /** b2 recreates node to add a column: the schema is right, the rows are gone. */
    private static List<MigrationDescriptor> recreatingHistory() {
        return List.of(
                TestMigration.revision("a1").up("create table node (id bigint not null, name text)")
                        .down("drop table node").build(),
                TestMigration.revision("b2").after("a1")
                        .up("drop table node", "create table node (id bigint not null, name text, status text)")
                        .down("alter table node drop column status").build());
    }

    @Test
    void upgradeThatRecreatesATableLosesTheSeededRowsAndIsNamed() {
        MigrationVerifier verifier = MigrationVerifier.forMigrations(recreatingHistory()).schemaDir(schemaDir)
                .seed(ONE_NODE);

        assertThatThrownBy(verifier::verifyAll).isInstanceOfSatisfying(MigrationVerificationError.class, e -> {
            assertThat(e.step()).extracting(MigrationStep::revision, MigrationStep::direction)
                    .containsExactly("b2", Direction.UPGRADE);
            assertThat(e.getMessage()).startsWith("The upgrade of revision b2 (test.Migration_b2, \"migration b2\")"
                    + " lost seeded rows:\n  table node: 1 row before, 0 after\n");
        });
    }

    @Test
    void cleanHistoryKeepsTheSeededRowsAndTheSeedSeesEveryStepInOrder() {
        List<String> seen = new ArrayList<>();
        StepCallback recording = (connection, step) -> {
            seen.add(step.direction().word() + " " + step.revision() + " in " + database(connection));
            ONE_NODE.run(connection, step);
        };

        MigrationVerifier.forMigrations(MigrationVerifierTest.cleanHistory()).schemaDir(schemaDir).seed(recording)
                .verifyAll();

        assertThat(seen).hasSize(6).allMatch(line -> line.contains(" in omninode_verify_"));
        assertThat(seen.stream().map(line -> line.substring(0, line.indexOf(" in "))))
                .containsExactly("upgrade a1", "upgrade b2", "upgrade c3", "downgrade c3", "downgrade b2", "downgrade a1");
    }

    @Test
    void checkOfTheUsersOwnReplacesTheRowCountsAndItsFailureNamesTheStep() {
        StepCallback nodeKeepsItsRow = (connection, step) -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from node where id = 1")) {
                rows.next();
                assertThat(rows.getLong(1)).as("node 1 after " + step.describe()).isPositive();
            }
        };
        StepCallback afterB2Only = (connection, step) -> {
            if (step.isUpgrade() && step.revision().equals("b2")) {
                nodeKeepsItsRow.run(connection, step);
            }
        };
        MigrationVerifier verifier = MigrationVerifier.forMigrations(recreatingHistory()).schemaDir(schemaDir);

        assertThatThrownBy(() -> verifier.seed(ONE_NODE, afterB2Only).verifyAll())
                .isInstanceOfSatisfying(MigrationVerificationError.class, e -> {
                    assertThat(e.getMessage()).startsWith("The data check after the upgrade of revision b2")
                            .contains("node 1 after the upgrade of revision b2");
                    assertThat(e.getCause()).isInstanceOf(AssertionError.class);
                });
        // a check that accepts the loss replaces the row counts: the same history passes
        assertThat(verifier.seed(ONE_NODE, (connection, step) -> { }).verifyAll().steps()).isEqualTo(4);
    }

    private static String database(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
